import ast

from ._cache import warm_cache

__version__ = "1.4.0"
warm_cache()


class TypingChecker:
    name = "flake8-typing-extras"
    version = __version__

    def __init__(self, tree):
        self.tree = tree

    def run(self):
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Subscript) and getattr(node.value, "id", "") in {"List", "Dict", "Tuple"}:
                yield node.lineno, node.col_offset, f"TYX001 use builtin {node.value.id.lower()}[] instead", type(self)
