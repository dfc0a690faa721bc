import argparse
import sys

from .connection import Connection


def main(argv=None):
    p = argparse.ArgumentParser(prog="shipit")
    p.add_argument("hosts", help="comma-separated host aliases from ~/.ssh/config")
    p.add_argument("command", nargs=argparse.REMAINDER)
    args = p.parse_args(argv)
    status = 0
    for host in args.hosts.split(","):
        print(f"[{host}] $ {' '.join(args.command)}")
        with Connection(host) as conn:
            code, _, _ = conn.run(" ".join(args.command))
        status = status or code
    return status


if __name__ == "__main__":
    sys.exit(main())
