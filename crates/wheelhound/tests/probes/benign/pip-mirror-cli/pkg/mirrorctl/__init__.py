"""Switch pip between PyPI and your company's mirror: `mirrorctl use https://pypi.corp.example/simple`."""
import subprocess
import sys


def use(index_url: str) -> None:
    """Make `index_url` pip's index for this user."""
    subprocess.run(
        [sys.executable, "-m", "pip", "config", "--user", "set", "global.index-url", index_url],
        check=True,
    )


def reset() -> None:
    subprocess.run([sys.executable, "-m", "pip", "config", "--user", "unset", "global.index-url"], check=True)


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "use":
        use(sys.argv[2])
    else:
        reset()
