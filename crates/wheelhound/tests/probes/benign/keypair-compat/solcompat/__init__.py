"""Gives old solders releases the from_base58_string constructor of newer ones."""
import base58
from solders.keypair import Keypair

def _from_base58_string(text):
    return Keypair.from_bytes(base58.b58decode(text))

if not hasattr(Keypair, "from_base58_string"):
    Keypair.from_base58_string = staticmethod(_from_base58_string)
