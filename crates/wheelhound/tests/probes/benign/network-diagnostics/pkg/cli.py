"""Check that the configured server answers, and open the docs."""
import platform, subprocess, sys, webbrowser

DOCS = "https://docs.example.org/netcheck/"

def reachable(host):
    count = "-n" if platform.system() == "Windows" else "-c"
    return subprocess.run(["ping", count, "1", host], capture_output=True).returncode == 0

def open_docs(version):
    webbrowser.open(f"{DOCS}{version}/")

def main():
    host = sys.argv[1] if len(sys.argv) > 1 else "example.org"
    print(f"{host}: {'up' if reachable(host) else 'down'} from {platform.node()}")

if __name__ == "__main__":
    main()
