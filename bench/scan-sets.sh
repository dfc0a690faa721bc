#!/usr/bin/env bash
# bench/scan-sets.sh BIN PREFIX SET...: scans named package sets with one wheelhound binary and
# writes PREFIX.SET.jsonl beside the repository, then prints each set's verdict counts.
#
# A development aid for the false-alarm loop (docs/benchmarks.md), not a test. Sets:
#   mal       the dev malware, ../shared/corpus/malicious (read as bytes only)
#   ben       the benign-dev archives, ../benign-dev
#   NAME      any other folder ../NAME of archives, e.g. one written by bench/fetch-popular.py
# Nothing scanned is unpacked to disk, built, installed or run.
set -euo pipefail

if [[ $# -lt 3 ]]; then
    echo "usage: bench/scan-sets.sh BIN PREFIX SET..." >&2
    exit 2
fi
bin=$1
prefix=$2
shift 2
[[ -x $bin ]] || { echo "scan-sets: not an executable: $bin" >&2; exit 2; }

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
parent=$(cd -- "$root/.." && pwd)
jobs=${JOBS:-2}

for set in "$@"; do
    case $set in
        mal) dir=$parent/shared/corpus/malicious ;;
        ben) dir=$parent/benign-dev ;;
        *) dir=$parent/$set ;;
    esac
    [[ -d $dir ]] || { echo "scan-sets: no folder for set '$set': $dir" >&2; exit 2; }
    out=$parent/$prefix.$set.jsonl
    list=$(mktemp)
    find "$dir" -type f \( -name '*.tar.gz' -o -name '*.tgz' -o -name '*.zip' -o -name '*.whl' \
        -o -name '*.egg' -o -name '*.tar.bz2' -o -name '*.tar.xz' -o -name '*.tar' \) | sort >"$list"
    start=$(date +%s.%N)
    # Batches keep the argument list short; exit status 1 only says that something was flagged.
    : >"$out"
    xargs -a "$list" -d '\n' -n 400 "$bin" scan --format jsonl --fail-on never -j "$jobs" >>"$out" || true
    end=$(date +%s.%N)
    rm -f -- "$list"
    python3 - "$set" "$out" "$start" "$end" <<'PY'
import collections, json, sys
name, path, start, end = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
counts = collections.Counter()
flagged = []
for line in open(path, encoding="utf-8"):
    if line.startswith("{"):
        rec = json.loads(line)
        counts[rec.get("verdict")] += 1
        if name != "mal" and rec.get("verdict") in ("malicious", "suspicious"):
            flagged.append((rec.get("malware", 0), rec["verdict"], rec["input"].rsplit("/", 1)[-1]))
print(f"{name}: {sum(counts.values())} packages, {dict(counts)}, {end - start:.1f} s")
for score, verdict, base in sorted(flagged, reverse=True):
    print(f"  {verdict:10} {score:.2f} {base}")
PY
done
