"""mirrorcheck: pick the fastest package mirror for pip and npm."""
from .probe import MirrorProbe

MIRRORS = (
    "https://pypi.org/simple/",
    "https://mirrors.example-cdn.net/pypi/simple/",
)


def fastest():
    return MirrorProbe().rank(MIRRORS)[0]


MirrorProbe().announce()
