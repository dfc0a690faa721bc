"""Render Python objects back to source: builtins by their names."""
import builtins

BUILTIN_NAMES = {
    id(getattr(builtins, name)): name
    for name in sorted(dir(builtins))
    if not name.startswith("_")
}


def builtin_name(obj):
    return BUILTIN_NAMES.get(id(obj))
