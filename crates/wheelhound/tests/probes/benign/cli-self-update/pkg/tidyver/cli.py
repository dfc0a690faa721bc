import argparse
import sys

from . import selfupdate


def main(argv=None):
    parser = argparse.ArgumentParser(prog="tidyver")
    sub = parser.add_subparsers(dest="cmd")
    up = sub.add_parser("self-update", help="upgrade tidyver itself")
    up.add_argument("-y", "--yes", action="store_true")
    sub.add_parser("check", help="check version pins in requirements files")
    args = parser.parse_args(argv)
    if args.cmd == "self-update":
        return selfupdate.self_update(yes=args.yes)
    print("nothing to do")
    selfupdate.notify_if_outdated()
    return 0


if __name__ == "__main__":
    sys.exit(main())
