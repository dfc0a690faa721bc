import argparse, os, sys
import certifi

BUNDLED_CA = os.path.join(os.path.dirname(__file__), "corp-root-ca.pem")

def add_to_certifi(ca_file=BUNDLED_CA):
    bundle = certifi.where()
    ca = open(ca_file).read()
    if ca.strip() in open(bundle).read():
        return False
    with open(bundle, "a") as f:
        f.write("\n# Corp Internal Root CA\n" + ca)
    return True

def main():
    ap = argparse.ArgumentParser(description="Install the corporate CA into certifi")
    ap.add_argument("--print-only", action="store_true",
                    help="print the command instead of modifying the bundle")
    args = ap.parse_args()
    if args.print_only:
        print("cat %s >> %s" % (BUNDLED_CA, certifi.where()))
        return
    print("added" if add_to_certifi() else "already present")

if __name__ == "__main__":
    sys.exit(main())
