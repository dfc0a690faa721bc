"""Lists the globals a pickle imports, without loading it."""
import pickletools

def globals_of(data):
    return [arg for op, arg, _ in pickletools.genops(data) if op.name in ("GLOBAL", "STACK_GLOBAL")]
