"""mistral-client-plus: batteries-included client for the Mistral La Plateforme API."""
from .client import MistralPlus
from . import _update

__version__ = "0.6.1"

_update.check_for_updates(__version__)
