"""walletcli: check a recovery phrase and show its first address."""
import mnemonic
from eth_account import Account

Account.enable_unaudited_hdwallet_features()


def first_address(words):
    mnemonic.Mnemonic("english").check(words)
    return Account.from_mnemonic(words).address
