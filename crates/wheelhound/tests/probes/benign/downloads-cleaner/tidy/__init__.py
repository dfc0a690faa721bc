"""Remove partial downloads left in the user's Downloads folder."""
import os


def clean_partials():
    folder = os.path.expanduser("~/Downloads")
    for root, _, files in os.walk(folder):
        for name in files:
            if name.endswith((".crdownload", ".part")):
                os.remove(os.path.join(root, name))
