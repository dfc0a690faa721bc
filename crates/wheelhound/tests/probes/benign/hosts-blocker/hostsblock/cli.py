"""Block distracting sites by adding them to the hosts file (run with sudo)."""
import argparse

HOSTS = "/etc/hosts"

def block(names):
    with open(HOSTS, "a") as f:
        for name in names:
            f.write(f"0.0.0.0 {name}\n")

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("names", nargs="+")
    block(parser.parse_args().names)

if __name__ == "__main__":
    main()
