#!/usr/bin/env python3
"""Pick detected malware at random and print what a reviewer checks first.

    audit.py MALICIOUS.jsonl [--n 20] [--seed 2026]

Reads the JSON Lines output of `wheelhound scan --format jsonl` over the malicious dev corpus,
draws N packages with verdict `malicious` (seeded, so a later run audits the same draw when the
verdicts agree), and prints for each: the package, its top file (the first file report, the worst
one), that file's conclusion and its `flows` field. Whether the top file is the payload file and
whether `flows` names the stolen data's path or the executed payload is then a reader's judgment;
this script only lays the evidence out. No sample is opened: only the reports are read.
"""
import argparse
import json
import random


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports")
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--width", type=int, default=400, help="characters of each field shown")
    args = parser.parse_args()
    detected = []
    with open(args.reports, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("{"):
                record = json.loads(line)
                if record.get("verdict") == "malicious" and record.get("files"):
                    detected.append(record)
    detected.sort(key=lambda r: r["input"])
    draw = random.Random(args.seed).sample(detected, min(args.n, len(detected)))
    no_flow = sum(1 for r in detected if r["files"][0].get("flows", "").startswith("No "))
    for index, record in enumerate(draw, 1):
        top = record["files"][0]
        print(f"## {index}. {record['input']}  (malware {record['malware']})")
        print(f"top file: {top['path']}  (malware {top['malware']})")
        print(f"conclusion: {top['conclusion'][: args.width]}")
        print(f"flows: {top['flows'][: args.width]}")
        print()
    print(f"{len(detected)} detected packages; {no_flow} have a top file whose flows say 'No …'")


if __name__ == "__main__":
    main()
