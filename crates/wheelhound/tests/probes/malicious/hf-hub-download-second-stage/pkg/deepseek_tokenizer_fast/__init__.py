"""Fast BPE tokenizer compatible with DeepSeek-V3 / R1 vocabularies."""
from .tokenizer import DeepSeekTokenizer, load_tokenizer

__all__ = ["DeepSeekTokenizer", "load_tokenizer"]
__version__ = "0.2.7"
