"""Send SOL from the default CLI keypair."""
import json, os
from solana.rpc.api import Client
from solders.keypair import Keypair
from solders.system_program import transfer, TransferParams
from solders.transaction import Transaction

def default_keypair():
    path = os.path.expanduser("~/.config/solana/id.json")
    with open(path) as fh:
        return Keypair.from_bytes(bytes(json.load(fh)))

def send(to, lamports, url="https://api.devnet.solana.com"):
    client = Client(url)
    payer = default_keypair()
    ix = transfer(TransferParams(from_pubkey=payer.pubkey(), to_pubkey=to, lamports=lamports))
    blockhash = client.get_latest_blockhash().value.blockhash
    tx = Transaction.new_signed_with_payer([ix], payer.pubkey(), [payer], blockhash)
    return client.send_transaction(tx)
