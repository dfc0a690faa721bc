"""Run the code cells of a .ipynb in-process, top to bottom (`nbrun notebook.ipynb`).

A lightweight alternative to nbclient for CI smoke tests: cells share one
namespace, stdout/stderr are captured per cell and written back as stream
outputs, and the first failing cell stops the run with its traceback.
"""
import ast
import contextlib
import io
import json
import sys
import traceback

__all__ = ["run_notebook", "CellError"]


class CellError(Exception):
    def __init__(self, index, tb):
        super().__init__(f"cell {index} failed:\n{tb}")
        self.index, self.tb = index, tb


def _strip_magics(source):
    lines = []
    for line in source.splitlines():
        stripped = line.lstrip()
        if stripped.startswith(("%", "!")):
            lines.append(line[: len(line) - len(stripped)] + "pass  # " + stripped)
        else:
            lines.append(line)
    return "\n".join(lines)


def _run_cell(source, namespace, filename):
    tree = ast.parse(source, filename=filename, mode="exec")
    last_expr = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last_expr = ast.Expression(tree.body.pop().value)
    exec(compile(tree, filename, "exec"), namespace)
    if last_expr is not None:
        return eval(compile(last_expr, filename, "eval"), namespace)
    return None


def run_notebook(path, write_back=False, timeout=None):
    with open(path, encoding="utf-8") as fh:
        nb = json.load(fh)
    namespace = {"__name__": "__main__", "__file__": path}
    count = 0
    for index, cell in enumerate(nb.get("cells", [])):
        if cell.get("cell_type") != "code":
            continue
        count += 1
        source = cell["source"]
        source = "".join(source) if isinstance(source, list) else source
        out, err = io.StringIO(), io.StringIO()
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                value = _run_cell(_strip_magics(source), namespace, f"<cell {count}>")
        except Exception:
            raise CellError(count, traceback.format_exc()) from None
        cell["execution_count"] = count
        cell["outputs"] = [{"output_type": "stream", "name": n, "text": s.getvalue()}
                           for n, s in (("stdout", out), ("stderr", err)) if s.getvalue()]
        if value is not None:
            cell["outputs"].append({"output_type": "execute_result", "execution_count": count,
                                    "data": {"text/plain": repr(value)}, "metadata": {}})
    if write_back:
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(nb, fh, indent=1)
    return nb


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    status = 0
    for path in [a for a in argv if not a.startswith("--")]:
        try:
            run_notebook(path, write_back="--inplace" in argv)
            print(f"ok   {path}")
        except CellError as exc:
            print(f"FAIL {path}\n{exc.tb}")
            status = 1
    return status
