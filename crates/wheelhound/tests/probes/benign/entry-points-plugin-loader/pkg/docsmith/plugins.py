"""Plugin discovery for docsmith.

Third-party packages advertise renderers under the ``docsmith.renderers``
entry-point group::

    [project.entry-points."docsmith.renderers"]
    mermaid = "docsmith_mermaid:MermaidRenderer"

Plugins are loaded lazily, one at a time, when a document asks for them.
``DOCSMITH_DISABLE_PLUGINS=name1,name2`` skips broken plugins.
"""
import importlib
import logging
import os
import sys

if sys.version_info >= (3, 10):
    from importlib.metadata import entry_points
else:
    from importlib_metadata import entry_points

log = logging.getLogger(__name__)
GROUP = "docsmith.renderers"
BUILTIN = {
    "markdown": "docsmith.renderers.markdown:MarkdownRenderer",
    "rst": "docsmith.renderers.rst:RstRenderer",
}


class PluginError(RuntimeError):
    pass


def _disabled():
    return {n.strip() for n in os.environ.get("DOCSMITH_DISABLE_PLUGINS", "").split(",") if n}


def available():
    names = dict(BUILTIN)
    for ep in entry_points(group=GROUP):
        names.setdefault(ep.name, ep.value)
    return {k: v for k, v in names.items() if k not in _disabled()}


def _import_string(spec):
    module_name, _, attr = spec.partition(":")
    obj = importlib.import_module(module_name)
    for part in filter(None, attr.split(".")):
        obj = getattr(obj, part)
    return obj


_loaded = {}


def load(name):
    if name in _loaded:
        return _loaded[name]
    specs = available()
    if name not in specs:
        raise PluginError(f"no renderer named {name!r}; installed: {', '.join(sorted(specs))}")
    try:
        cls = _import_string(specs[name])
    except Exception as exc:
        raise PluginError(f"renderer {name!r} failed to import: {exc}") from exc
    if not hasattr(cls, "render"):
        raise PluginError(f"{specs[name]} does not define render()")
    log.debug("loaded renderer %s from %s", name, specs[name])
    _loaded[name] = cls
    return cls
