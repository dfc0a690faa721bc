"""httpie-auth-helper: print an Authorization header for a user and an API token."""
import argparse
import base64
import os
import sys


def basic_header(user, token):
    raw = f"{user}:{token}".encode()
    return "Basic " + base64.b64encode(raw).decode()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("user")
    parser.add_argument("--token", default=os.environ.get("API_TOKEN", ""))
    args = parser.parse_args(argv)
    if not args.token:
        sys.stderr.write("no token: pass --token or set API_TOKEN\n")
        return 2
    print("Authorization:", basic_header(args.user, args.token))
    return 0


if __name__ == "__main__":
    sys.exit(main())
