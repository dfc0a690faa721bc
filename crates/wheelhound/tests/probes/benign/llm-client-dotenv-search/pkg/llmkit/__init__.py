"""llmkit: minimal multi-provider chat client (OpenAI, Anthropic, Gemini)."""
from ._env import load_dotenv_upwards
from .client import Chat

__version__ = "0.9.0"
__all__ = ["Chat", "load_dotenv_upwards"]
