#!/usr/bin/env python3
"""Compare two scans of the same package sets, made by bench/scan-sets.sh.

    bench/score-diff.py OLD_PREFIX NEW_PREFIX SET... [--min 0.05]

For every set present under both prefixes (files ../OLD_PREFIX.SET.jsonl and ../NEW_PREFIX.SET.jsonl
beside the repository), prints the packages whose verdict changed and those whose package
malware score moved by at least --min, then a line of totals. A development aid for the
false-alarm loop (docs/benchmarks.md): a change meant to remove one false alarm should move
nothing else, and a change meant to catch one malware shape should move no popular package.
"""
import argparse
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PARENT = os.path.dirname(ROOT)
RANK = {"benign": 0, "error": 0, "suspicious": 1, "malicious": 2}


def load(path):
    records = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("{"):
                rec = json.loads(line)
                records[rec["input"]] = (rec.get("verdict"), float(rec.get("malware") or 0.0))
    return records


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--min", type=float, default=0.05)
    args = parser.parse_args()
    moved_total = changed_total = 0
    for name in args.sets:
        old_path = os.path.join(PARENT, f"{args.old}.{name}.jsonl")
        new_path = os.path.join(PARENT, f"{args.new}.{name}.jsonl")
        if not (os.path.exists(old_path) and os.path.exists(new_path)):
            print(f"{name}: skipped (no {old_path} or {new_path})")
            continue
        old, new = load(old_path), load(new_path)
        lines = []
        for key in sorted(set(old) | set(new)):
            (ov, om), (nv, nm) = old.get(key, ("absent", 0.0)), new.get(key, ("absent", 0.0))
            base = key.rsplit("/", 1)[-1]
            if ov != nv:
                changed_total += 1
                arrow = "up" if RANK.get(nv, 0) > RANK.get(ov, 0) else "down"
                lines.append(f"  {arrow:4} {ov} {om:.2f} -> {nv} {nm:.2f}  {base}")
            elif abs(nm - om) >= args.min:
                moved_total += 1
                lines.append(f"  move {nv} {om:.2f} -> {nm:.2f}  {base}")
        print(f"{name}: {len(lines)} changes")
        print("\n".join(lines)) if lines else None
    print(f"total: {changed_total} verdict changes, {moved_total} score moves >= {args.min}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
