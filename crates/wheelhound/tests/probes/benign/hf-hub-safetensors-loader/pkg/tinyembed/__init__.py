"""tinyembed: load small sentence-embedding models straight from the Hugging Face Hub."""
import json

import numpy as np
from huggingface_hub import hf_hub_download
from safetensors.numpy import load_file

__version__ = "0.4.0"
DEFAULT_REPO = "sentence-transformers/all-MiniLM-L6-v2"


class Embedder:
    def __init__(self, repo_id=DEFAULT_REPO, revision="main"):
        cfg_path = hf_hub_download(repo_id=repo_id, filename="config.json", revision=revision)
        weights_path = hf_hub_download(repo_id=repo_id, filename="model.safetensors", revision=revision)
        vocab_path = hf_hub_download(repo_id=repo_id, filename="vocab.txt", revision=revision)
        with open(cfg_path) as fh:
            self.config = json.load(fh)
        self.weights = load_file(weights_path)
        with open(vocab_path, encoding="utf-8") as fh:
            self.vocab = {tok.rstrip("\n"): i for i, tok in enumerate(fh)}
        self.table = self.weights["embeddings.word_embeddings.weight"]

    def encode(self, text):
        ids = [self.vocab.get(t, self.vocab.get("[UNK]", 0)) for t in text.lower().split()]
        vec = self.table[ids].mean(axis=0)
        return vec / (np.linalg.norm(vec) + 1e-9)
