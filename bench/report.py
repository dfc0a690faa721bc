#!/usr/bin/env python3
"""report.py WORK_DIR JOBS [JSON_OUT]: turn the measurements that bench/compare.sh left in
WORK_DIR (records.tsv, time/*.txt, stats-*.json, out/) into a table on stdout and, when
JSON_OUT is given, a JSON file. MB are 10^6 bytes of unpacked data: the sum of the sizes of
the regular-file members of every archive in the set."""

import json
import os
import sys

SET_TITLES = {
    "benign": "benign-dev",
    "malware": "dev malware",
    "all": "benign-dev + dev malware",
    "cmp": "comparison set",
}

# Targets of issue 5.
TARGETS = {
    "guarddog_speedup": (">=", 50.0),
    "bandit_speedup": (">=", 10.0),
    "wheelhound_over_floor_benign": ("<=", 2.0),
    "threads_speedup_all": (">=", 1.7),
}


def parse_time(path):
    """Wall seconds, peak RSS (KiB), user and system seconds from /usr/bin/time -v output."""
    fields = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            key, _, value = line.strip().rpartition(": ")
            fields[key] = value
    wall = fields.get("Elapsed (wall clock) time (h:mm:ss or m:ss)", "0:0")
    seconds = 0.0
    for part in wall.split(":"):
        seconds = seconds * 60 + float(part)
    return {
        "wall_s": seconds,
        "max_rss_kib": int(fields.get("Maximum resident set size (kbytes)", "0")),
        "user_s": float(fields.get("User time (seconds)", "0")),
        "sys_s": float(fields.get("System time (seconds)", "0")),
    }


def count_lines(path):
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8", errors="replace") as f:
        return sum(1 for line in f if line.strip())


def wheelhound_verdicts(path):
    counts = {}
    if not os.path.exists(path):
        return counts
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            try:
                verdict = str(json.loads(line).get("verdict", "?"))
            except (ValueError, AttributeError):
                verdict = "unparsable"
            counts[verdict] = counts.get(verdict, 0) + 1
    return counts


def fmt(value, spec):
    return "-" if value is None else format(value, spec)


def main(argv):
    if len(argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    work, jobs = argv[1], int(argv[2])
    json_out = argv[3] if len(argv) == 4 else None
    with open(os.path.join(work, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)
    stats = {}
    for name in SET_TITLES:
        path = os.path.join(work, f"stats-{name}.json")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                stats[name] = json.load(f)

    runs = {}
    with open(os.path.join(work, "records.tsv"), encoding="utf-8") as f:
        for line in f:
            tool, set_name, run, time_file, rc = line.rstrip("\n").split("\t")
            entry = parse_time(time_file)
            entry["rc"] = int(rc)
            runs.setdefault((tool, set_name), []).append(entry)

    wh = f"wheelhound-j{jobs}"
    rows = {}
    for (tool, set_name), entries in runs.items():
        best = min(entries, key=lambda e: e["wall_s"])
        st = stats[set_name]
        wall = best["wall_s"]
        row = {
            "tool": tool,
            "set": set_name,
            "packages": st["packages"],
            "unpacked_bytes": st["uncompressed_bytes"],
            "wall_s": wall,
            "wall_s_all_runs": [e["wall_s"] for e in entries],
            "packages_per_s": st["packages"] / wall if wall > 0 else None,
            "unpacked_mb_per_s": st["uncompressed_bytes"] / 1e6 / wall if wall > 0 else None,
            "max_rss_kib": best["max_rss_kib"],
            "cpu_s": best["user_s"] + best["sys_s"],
            "rc": best["rc"],
        }
        if tool.startswith("wheelhound"):
            j = tool.split("-j")[1]
            verdicts = wheelhound_verdicts(os.path.join(work, "out", f"wh-{set_name}-j{j}.jsonl"))
            row["reports"] = sum(verdicts.values())
            row["verdicts"] = verdicts
            row["failures"] = verdicts.get("error", 0)
        elif tool in ("bandit", "guarddog"):
            out = os.path.join(work, "out", tool)
            row["failures"] = count_lines(os.path.join(out, "failures"))
            row["reports"] = sum(1 for n in os.listdir(out) if n.endswith(".json") and os.path.getsize(os.path.join(out, n)) > 0)
        rows[(tool, set_name)] = row

    # 'all' is not run on its own: it is the benign run followed by the malware run.
    for tool in sorted({t for t, _ in rows}):
        b, m = rows.get((tool, "benign")), rows.get((tool, "malware"))
        if not (b and m and "all" in stats):
            continue
        wall_all = b["wall_s"] + m["wall_s"]
        row = {
            "tool": tool,
            "set": "all",
            "derived": "sum of the benign and malware runs",
            "packages": stats["all"]["packages"],
            "unpacked_bytes": stats["all"]["uncompressed_bytes"],
            "wall_s": wall_all,
            "packages_per_s": stats["all"]["packages"] / wall_all if wall_all > 0 else None,
            "unpacked_mb_per_s": stats["all"]["uncompressed_bytes"] / 1e6 / wall_all if wall_all > 0 else None,
            "max_rss_kib": max(b["max_rss_kib"], m["max_rss_kib"]),
            "cpu_s": b["cpu_s"] + m["cpu_s"],
            "rc": b["rc"] or m["rc"],
        }
        if "failures" in b:
            row["failures"] = (b["failures"] or 0) + (m["failures"] or 0)
        if "verdicts" in b:
            row["verdicts"] = {k: b["verdicts"].get(k, 0) + m["verdicts"].get(k, 0)
                               for k in set(b["verdicts"]) | set(m["verdicts"])}
            row["reports"] = sum(row["verdicts"].values())
        rows[(tool, "all")] = row

    def wall(tool, set_name):
        row = rows.get((tool, set_name))
        return row["wall_s"] if row and row["wall_s"] > 0 else None

    def cpu(tool, set_name):
        row = rows.get((tool, set_name))
        return row["cpu_s"] if row else None

    def ratio(a, b):
        return a / b if a is not None and b is not None and b > 0 else None

    bandit_with_extract = None
    if wall("bandit", "cmp") is not None and wall("extract", "cmp") is not None:
        bandit_with_extract = wall("bandit", "cmp") + wall("extract", "cmp")
    ratios = {
        "wheelhound_over_floor_benign": ratio(wall(wh, "benign"), wall("floor", "benign")),
        "wheelhound_over_floor_all": ratio(wall(wh, "all"), wall("floor", "all")),
        "wheelhound_over_floor_cpu_benign": ratio(cpu(wh, "benign"), cpu("floor", "benign")),
        "wheelhound_over_floor_cmp": ratio(wall(wh, "cmp"), wall("floor", "cmp")),
        "guarddog_speedup": ratio(wall("guarddog", "cmp"), wall(wh, "cmp")),
        "bandit_speedup": ratio(wall("bandit", "cmp"), wall(wh, "cmp")),
        "bandit_with_extraction_speedup": ratio(bandit_with_extract, wall(wh, "cmp")),
        "threads_speedup_all": ratio(wall("wheelhound-j1", "all"), wall(wh, "all")),
        "threads_speedup_benign": ratio(wall("wheelhound-j1", "benign"), wall(wh, "benign")),
    }
    if jobs == 1:
        ratios["threads_speedup_all"] = ratios["threads_speedup_benign"] = None
    gd = rows.get(("guarddog", "cmp"))
    estimate_all_s = None
    if gd and gd["packages_per_s"] and "all" in stats:
        estimate_all_s = stats["all"]["packages"] / gd["packages_per_s"]

    # ------------------------------------------------------------ table
    out = sys.stdout
    out.write(f"\nwheelhound benchmark  {meta['date']}  {meta['cores']} cores ({meta['cpu']}), "
              f"load avg {meta['loadavg_start']} at start, {meta['loadavg_end']} at end, commit {meta['commit']}"
              f"{' + uncommitted changes' if meta['dirty'] else ''}\n")
    out.write(f"parallel runs use {jobs} jobs; wheelhound and floor: fastest of {meta['repeat']} run(s); "
              f"archives read from the page cache\n\nsets:\n")
    for name, st in stats.items():
        c = st["containers"]
        out.write(f"  {name:<8} {SET_TITLES[name]:<26} {st['packages']:>5} packages, "
                  f"{st['compressed_bytes'] / 1e6:7.1f} MB packed, {st['uncompressed_bytes'] / 1e6:8.1f} MB unpacked "
                  f"({c['gz']} gz, {c['xz']} xz, {c['zip']} zip)\n")
    if "cmp" in stats:
        out.write(f"  (cmp = {meta['cmp_benign']} benign + {meta['cmp_malware']} malware, seeded random sample (seed {meta['seed']})"
                  f"{'; --quick' if meta['quick'] else ''}: every tool runs on it, so its ratios compare like with like)\n")
    out.write("\n")
    header = f"{'tool':<16} {'set':<7} {'pkgs':>5} {'wall s':>9} {'pkg/s':>9} {'MB/s':>8} {'peak RSS MiB':>12} {'CPU s':>8} {'failed':>6}\n"
    out.write(header)
    out.write("-" * (len(header) - 1) + "\n")
    order = [wh, "wheelhound-j1", "floor", "extract", "bandit", "guarddog"]
    for tool in order:
        for set_name in ("benign", "malware", "all", "cmp"):
            row = rows.get((tool, set_name))
            if not row:
                continue
            out.write(f"{tool:<16} {set_name:<7} {row['packages']:>5} {row['wall_s']:>9.2f} "
                      f"{fmt(row['packages_per_s'], '9.1f')} {fmt(row['unpacked_mb_per_s'], '8.1f')} "
                      f"{row['max_rss_kib'] / 1024:>12.1f} {row['cpu_s']:>8.2f} "
                      f"{fmt(row.get('failures'), '6d')}\n")
    out.write("\n(all = the benign run plus the malware run; extract = unpacking the comparison set to disk for Bandit, not counted in Bandit's row;"
              " failed = wheelhound reports with verdict error, or scans that exited with an error)\n\nratios:\n")
    labels = [
        ("wheelhound_over_floor_benign", "wheelhound wall / floor wall, benign-dev", "x"),
        ("wheelhound_over_floor_all", "wheelhound wall / floor wall, all packages", "x"),
        ("wheelhound_over_floor_cmp", "wheelhound wall / floor wall, comparison set", "x"),
        ("wheelhound_over_floor_cpu_benign", "wheelhound CPU / floor CPU, benign-dev (less load-sensitive)", "x"),
        ("guarddog_speedup", "wheelhound throughput / GuardDog throughput (cmp)", "x"),
        ("bandit_speedup", "wheelhound throughput / Bandit throughput (cmp)", "x"),
        ("bandit_with_extraction_speedup", "  same, Bandit's extraction counted", "x"),
        ("threads_speedup_all", f"wheelhound -j {jobs} speed-up over -j 1, all packages", "x"),
        ("threads_speedup_benign", f"wheelhound -j {jobs} speed-up over -j 1, benign-dev", "x"),
    ]
    for key, label, unit in labels:
        value = ratios.get(key)
        target = ""
        if key in TARGETS and value is not None:
            op, bound = TARGETS[key]
            ok = value >= bound if op == ">=" else value <= bound
            target = f"   issue 5 target {op} {bound:g}: {'met' if ok else 'NOT met'}"
        out.write(f"  {label:<58} {fmt(value, '8.2f')}{unit if value is not None else ''}{target}\n")
    if estimate_all_s is not None:
        out.write(f"\nGuardDog over all {stats['all']['packages']} packages would take about "
                  f"{estimate_all_s / 60:.0f} min at the measured rate.\n")
    for (tool, set_name), row in sorted(rows.items()):
        if tool.startswith("wheelhound") and set_name == "all":
            out.write(f"{tool} verdicts over all packages: {json.dumps(row['verdicts'], sort_keys=True)}\n")
            break

    if json_out:
        versions = {}
        path = os.path.join(work, "venv-packages.json")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                for p in json.load(f):
                    if p["name"].lower() in ("bandit", "guarddog"):
                        versions[p["name"].lower()] = p["version"]
        path = os.path.join(work, "wheelhound-version.txt")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                versions["wheelhound"] = f.read().strip()
        result = {
            "meta": meta,
            "versions": versions,
            "sets": stats,
            "results": list(rows.values()),
            "ratios": ratios,
            "targets": {k: {"op": op, "bound": b} for k, (op, b) in TARGETS.items()},
            "guarddog_estimate_all_s": estimate_all_s,
        }
        with open(json_out, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1)
        out.write(f"\nJSON written to {json_out}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
