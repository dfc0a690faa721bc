"""docsopen: open this project's documentation."""
import argparse
import os
import webbrowser

DOCS = "https://docsopen.readthedocs.io/en/latest/"


def main(argv=None):
    parser = argparse.ArgumentParser(prog="docsopen")
    parser.add_argument("--local", action="store_true", help="open the local build instead")
    args = parser.parse_args(argv)
    if args.local:
        webbrowser.open("file://" + os.path.abspath("docs/_build/html/index.html"))
    else:
        webbrowser.open(DOCS)
