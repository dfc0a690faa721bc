"""Publishes the built docs to the project's web server."""
import subprocess

def main():
    subprocess.run(["rsync", "-az", "--delete", "docs/_build/html/", "deploy@docs.example.org:/srv/docs/"], check=True)

if __name__ == "__main__":
    main()
