#!/usr/bin/env python3
"""Cluster-grouped cross-validation of wheelhound's verdict thresholds.

    grouped_cv.py MALICIOUS.jsonl BENIGN.jsonl [--meta ../shared/corpus/malicious/samples_meta.csv]

Reads the JSON Lines output of `wheelhound scan --format jsonl` over the malicious dev corpus and
the benign packages. For each of K folds (malicious samples grouped by `campaign_cluster`, so a
campaign is never split between training and test; benign packages split at random with a fixed
seed), it picks on the training folds the lowest package-score threshold whose training
false-positive rate stays within the budget, plus a safety margin, separately for the `malicious` and the
`malicious|suspicious` operating points, and measures recall and false-positive rate on the
held-out fold. It prints the per-fold and pooled held-out figures, and the cluster-weighted
recall (each campaign counts once) at the shipped thresholds. Nothing in the corpora is read
except these JSON reports: no sample is opened.
"""
import argparse
import csv
import json
import random
from collections import defaultdict

SHIPPED = {"malicious": 0.7, "malicious|suspicious": 0.4}
BUDGET = {"malicious": 0.005, "malicious|suspicious": 0.02}
GRID = [round(0.30 + 0.01 * i, 2) for i in range(61)]


def load(path):
    records = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line.startswith("{"):
                record = json.loads(line)
                records[record["input"]] = record
    return records


def score(record):
    # An unreadable package is never flagged, whatever the threshold.
    return -1.0 if record.get("verdict") == "error" else float(record.get("malware", 0.0))


def choose(threshold_grid, benign_scores, budget):
    for t in threshold_grid:
        fp = sum(s >= t for s in benign_scores)
        if fp <= budget * len(benign_scores):
            return t
    return threshold_grid[-1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("malicious")
    parser.add_argument("benign")
    parser.add_argument("--meta", default="../shared/corpus/malicious/samples_meta.csv")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--margin", type=float, default=0.1,
                        help="added to the lowest threshold within the false-positive budget: 200 "
                             "training packages cannot show the tail of a population")
    args = parser.parse_args()

    cluster_of = {}
    with open(args.meta, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            cluster_of[row["relative_path"]] = row["campaign_cluster"]
    malicious = []
    for path, record in load(args.malicious).items():
        relative = path.split("malicious/", 1)[-1]
        malicious.append((cluster_of.get(relative, relative), score(record)))
    benign = [score(r) for r in load(args.benign).values()]

    rng = random.Random(args.seed)
    clusters = sorted({c for c, _ in malicious})
    rng.shuffle(clusters)
    fold_of_cluster = {c: i % args.folds for i, c in enumerate(clusters)}
    benign_folds = list(range(len(benign)))
    rng.shuffle(benign_folds)
    fold_of_benign = {index: i % args.folds for i, index in enumerate(benign_folds)}

    for point in ("malicious", "malicious|suspicious"):
        pooled_tp = pooled_fn = pooled_fp = pooled_tn = 0
        chosen = []
        for k in range(args.folds):
            train_benign = [s for i, s in enumerate(benign) if fold_of_benign[i] != k]
            test_benign = [s for i, s in enumerate(benign) if fold_of_benign[i] == k]
            test_mal = [s for c, s in malicious if fold_of_cluster[c] == k]
            t = round(min(0.95, choose(GRID, train_benign, BUDGET[point]) + args.margin), 2)
            chosen.append(t)
            tp = sum(s >= t for s in test_mal)
            fp = sum(s >= t for s in test_benign)
            pooled_tp += tp
            pooled_fn += len(test_mal) - tp
            pooled_fp += fp
            pooled_tn += len(test_benign) - fp
            print(f"{point:22s} fold {k}: threshold {t:.2f}  recall {tp / max(1, len(test_mal)):.4f}"
                  f"  FPR {fp / max(1, len(test_benign)):.4f}  ({len(test_mal)} malicious, {len(test_benign)} benign)")
        recall = pooled_tp / max(1, pooled_tp + pooled_fn)
        fpr = pooled_fp / max(1, pooled_fp + pooled_tn)
        print(f"{point:22s} held-out pooled: recall {recall:.4f}  FPR {fpr:.4f}  thresholds {chosen}")

        shipped = SHIPPED[point]
        by_cluster = defaultdict(list)
        for c, s in malicious:
            by_cluster[c].append(s >= shipped)
        weighted = sum(sum(v) / len(v) for v in by_cluster.values()) / len(by_cluster)
        print(f"{point:22s} shipped threshold {shipped}: cluster-weighted recall {weighted:.4f} over {len(by_cluster)} clusters")


if __name__ == "__main__":
    main()
