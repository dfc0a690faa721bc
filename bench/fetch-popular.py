#!/usr/bin/env python3
"""Fetch source distributions of popular PyPI projects that benign-dev does not hold, as a
false-alarm check beyond the dev corpus (the withheld set holds "other popular packages").

    bench/fetch-popular.py DEST [--count 150] [--max-rank 8000] [--seed 17] [--max-mb 20]
    bench/fetch-popular.py DEST --names bench/hard-negatives.txt

Picks a seeded random sample of ../shared/data/top-pypi-15000.tsv up to --max-rank (or takes
the projects named one a line in --names, `#` starting a comment: hard negatives, legitimate
projects that do what malware does), leaves out the projects of
../shared/corpus/benign-dev.tsv, and downloads the newest release's sdist of
each into DEST (skipping files already there) through PyPI's JSON API. Files are only written
to disk: nothing is unpacked, built, installed or imported. Then, for example:

    target/release/wheelhound scan --format jsonl --fail-on never -o out.jsonl DEST/*

Every verdict other than benign is a false alarm to read. Not a test: it needs the network.
"""
import argparse
import csv
import json
import os
import random
import sys
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest")
    parser.add_argument("--count", type=int, default=150)
    parser.add_argument("--max-rank", type=int, default=8000)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--max-mb", type=float, default=20.0)
    parser.add_argument("--names", help="file of project names, one a line, instead of a sample")
    args = parser.parse_args()
    if args.count < 1 or args.max_rank < 1:
        parser.error("--count and --max-rank must be positive")
    top = os.path.join(SHARED, "data", "top-pypi-15000.tsv")
    dev = os.path.join(SHARED, "corpus", "benign-dev.tsv")
    if not (os.path.exists(top) and os.path.exists(dev)):
        print("fetch-popular: ../shared is absent; nothing to do", file=sys.stderr)
        return 0
    with open(dev, encoding="utf-8", newline="") as f:
        known = {row["name"].lower() for row in csv.DictReader(f, delimiter="\t")}
    names = []
    if args.names:
        with open(args.names, encoding="utf-8") as f:
            for line in f:
                name = line.split("#", 1)[0].strip()
                if name and name.lower() not in known and name not in names:
                    names.append(name)
        args.count = max(args.count, len(names))
    else:
        with open(top, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                rank, name = line.rstrip("\n").split("\t")
                if int(rank) <= args.max_rank and name.lower() not in known:
                    names.append(name)
        random.Random(args.seed).shuffle(names)
    os.makedirs(args.dest, exist_ok=True)
    present = set(os.listdir(args.dest))
    fetched = failed = 0
    for name in names:
        if fetched >= args.count:
            break
        try:
            url = f"https://pypi.org/pypi/{name}/json"
            with urllib.request.urlopen(url, timeout=15) as response:
                release = json.load(response)
            sdists = [
                f for f in release.get("urls", [])
                if f.get("packagetype") == "sdist" and f.get("size", 0) <= args.max_mb * 1e6
            ]
            if not sdists:
                continue
            sdist = sdists[0]
            filename = os.path.basename(sdist["filename"])
            if filename in present:
                fetched += 1
                continue
            # The index may give file URLs relative to the JSON document.
            source = urllib.parse.urljoin(url, sdist["url"])
            urllib.request.urlretrieve(source, os.path.join(args.dest, filename))
            fetched += 1
        except Exception as exc:  # one project's failure must not end the fetch
            failed += 1
            print(f"fetch-popular: {name}: {exc}", file=sys.stderr)
    print(f"fetch-popular: {fetched} sdists in {args.dest}, {failed} projects failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
