"""Point pip at the team's package index (run `index-switcher use URL`)."""
import configparser, os, sys

def config_path():
    if sys.platform == "win32":
        return os.path.join(os.environ["APPDATA"], "pip", "pip.ini")
    return os.path.expanduser("~/.config/pip/pip.conf")

def use(index_url):
    path = config_path()
    parser = configparser.ConfigParser()
    parser.read(path)
    if not parser.has_section("global"):
        parser.add_section("global")
    parser.set("global", "index-url", index_url)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as fh:
        parser.write(fh)

def main():
    if len(sys.argv) == 3 and sys.argv[1] == "use":
        use(sys.argv[2])
