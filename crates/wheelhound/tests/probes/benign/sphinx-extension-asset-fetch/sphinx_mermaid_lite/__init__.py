"""Render ``.. mermaid::`` blocks client-side.

The mermaid.js bundle is downloaded once into ``_static`` so that built docs
work offline; set ``mermaid_js_url = None`` to use your own copy.
"""
import hashlib
import os
import subprocess
from urllib.request import urlopen

from docutils import nodes
from docutils.parsers.rst import Directive

__version__ = "0.3.0"
_DEFAULT_URL = "https://cdn.jsdelivr.net/npm/mermaid@10.9.1/dist/mermaid.min.js"
_SHA256 = None  # pinned in mermaid_js_sha256 when set by the user


class mermaid(nodes.General, nodes.Element):
    pass


class MermaidDirective(Directive):
    has_content = True

    def run(self):
        node = mermaid()
        node["code"] = "\n".join(self.content)
        return [node]


def _html_visit(self, node):
    self.body.append('<pre class="mermaid">%s</pre>' % self.encode(node["code"]))
    raise nodes.SkipNode


def _fetch_bundle(app):
    url = app.config.mermaid_js_url
    if not url or app.builder.format != "html":
        return
    static = os.path.join(app.outdir, "_static")
    os.makedirs(static, exist_ok=True)
    dest = os.path.join(static, "mermaid.min.js")
    if os.path.exists(dest):
        return
    with urlopen(url, timeout=20) as resp:
        data = resp.read()
    want = app.config.mermaid_js_sha256
    if want and hashlib.sha256(data).hexdigest() != want:
        raise RuntimeError("mermaid bundle checksum mismatch")
    with open(dest, "wb") as fh:
        fh.write(data)


def _git_version(app):
    try:
        rev = subprocess.check_output(["git", "rev-parse", "--short", "HEAD"],
                                      cwd=app.srcdir, text=True).strip()
    except (OSError, subprocess.CalledProcessError):
        rev = "unknown"
    app.config.html_context.setdefault("mermaid_lite_rev", rev)


def setup(app):
    app.add_config_value("mermaid_js_url", _DEFAULT_URL, "html")
    app.add_config_value("mermaid_js_sha256", None, "html")
    app.add_node(mermaid, html=(_html_visit, None))
    app.add_directive("mermaid", MermaidDirective)
    app.connect("builder-inited", _fetch_bundle)
    app.connect("builder-inited", _git_version)
    app.add_js_file("mermaid.min.js")
    return {"version": __version__, "parallel_read_safe": True}
