"""Detects interpreter features once at import."""
try:
    compile("async def f():\n    await g()\n", "<probe>", "exec")
    HAS_ASYNC = True
except SyntaxError:
    HAS_ASYNC = False
