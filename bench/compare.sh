#!/usr/bin/env bash
# bench/compare.sh: wheelhound against the decompress-and-read floor, Bandit and GuardDog.
# A benchmark, not a test: it prints figures and never fails on them. See docs/benchmarks.md.
#
# The malware under ../shared/corpus/malicious is live. It is only ever read as bytes: by
# wheelhound, by gzip/xz/unzip to /dev/null, by bench/corpus.py (tarfile/zipfile), and by
# GuardDog and Bandit, which are static scanners. Nothing scanned is installed, built,
# imported or run. Bandit needs a tree on disk: archives are extracted into a throwaway
# directory with tarfile's 'data' filter (zip members as plain non-executable files).
set -euo pipefail

usage() {
    cat <<'EOF'
usage: bench/compare.sh [options]

Measures, in one run, on the benign-dev packages and the dev malware:
  wheelhound (release build) with -j JOBS and with -j 1, over every package;
  the floor: gzip -dc / xz -dc / unzip -p of every archive to /dev/null, JOBS in parallel;
  Bandit (bandit -r per extracted package) and GuardDog (guarddog pypi scan per archive),
  JOBS packages in parallel, over the comparison set (see --sample).

options:
  --sample N         malware packages in the comparison set for Bandit and GuardDog: a
                     seeded random N (default 250), or 'all'
  --benign-sample N  benign packages in the comparison set (default: all)
  --seed S           seed of the random samples (default 5)
  --quick            smoke run: 20 benign + 40 malware for wheelhound and the floor,
                     3 benign + 3 malware for Bandit and GuardDog, one repetition
  --repeat R         runs of wheelhound and of the floor; the fastest counts (default 1)
  --jobs N           parallel jobs of the parallel runs (default 2)
  --tools LIST       comma-separated subset of wheelhound,floor,bandit,guarddog (default all)
  --json FILE        also write the figures as JSON to FILE
  --benign DIR       benign-dev archives (default: $BENIGN_DIR, else <repo>/../benign-dev);
                     missing files are fetched with ../shared/corpus/fetch-benign.sh
  --no-fetch         never fetch; use the benign files that are present
  --wheelhound BIN   use this binary instead of building with cargo build --release
  --venv DIR         virtualenv holding bandit and guarddog; created there (and kept) when
                     absent (default: a throwaway one in the temp dir)
  --keep             keep the temp dir (reports of every tool) and print its path
  -h, --help         this help

Exit status: 0 after printing the figures (or when ../shared/corpus is absent: skipped),
2 on usage errors, other non-zero when a step could not run at all.
EOF
}

die_usage() {
    echo "compare.sh: $*" >&2
    echo "run 'bench/compare.sh --help' for usage" >&2
    exit 2
}

need_value() { [[ $# -ge 2 && -n $2 ]] || die_usage "$1 needs a value"; }
is_count() { [[ $1 =~ ^[1-9][0-9]*$ ]]; }

script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
root=$(cd -- "$script_dir/.." && pwd)
parent=$(cd -- "$root/.." && pwd)
corpus="$parent/shared/corpus"

sample=250
benign_sample=all
seed=5
quick=0
repeat=1
jobs=2
tools=wheelhound,floor,bandit,guarddog
json_out=
benign_dir=${BENIGN_DIR:-$parent/benign-dev}
fetch=1
wh_bin=
venv=
keep=0

while [[ $# -gt 0 ]]; do
    case $1 in
        --sample) need_value "$@"; sample=$2; shift 2 ;;
        --benign-sample) need_value "$@"; benign_sample=$2; shift 2 ;;
        --seed) need_value "$@"; seed=$2; shift 2 ;;
        --quick) quick=1; shift ;;
        --repeat) need_value "$@"; repeat=$2; shift 2 ;;
        --jobs) need_value "$@"; jobs=$2; shift 2 ;;
        --tools) need_value "$@"; tools=$2; shift 2 ;;
        --json) need_value "$@"; json_out=$2; shift 2 ;;
        --benign) need_value "$@"; benign_dir=$2; shift 2 ;;
        --no-fetch) fetch=0; shift ;;
        --wheelhound) need_value "$@"; wh_bin=$2; shift 2 ;;
        --venv) need_value "$@"; venv=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        -h | --help) usage; exit 0 ;;
        *) die_usage "unknown argument: $1" ;;
    esac
done

[[ $sample == all ]] || is_count "$sample" || die_usage "--sample wants a positive number or 'all', not '$sample'"
[[ $benign_sample == all ]] || is_count "$benign_sample" || die_usage "--benign-sample wants a positive number or 'all', not '$benign_sample'"
[[ $seed =~ ^[0-9]+$ ]] || die_usage "--seed wants a number, not '$seed'"
is_count "$repeat" || die_usage "--repeat wants a positive number, not '$repeat'"
is_count "$jobs" || die_usage "--jobs wants a positive number, not '$jobs'"
IFS=, read -r -a tool_list <<<"$tools"
[[ ${#tool_list[@]} -gt 0 ]] || die_usage "--tools is empty"
for t in "${tool_list[@]}"; do
    case $t in wheelhound | floor | bandit | guarddog) ;; *) die_usage "unknown tool in --tools: '$t'" ;; esac
done
want() { [[ ,$tools, == *",$1,"* ]]; }
if [[ -n $json_out ]]; then
    json_dir=$(dirname -- "$json_out")
    [[ -d $json_dir ]] || die_usage "--json: no such directory: $json_dir"
    json_out="$(cd -- "$json_dir" && pwd)/$(basename -- "$json_out")"
fi
if [[ -n $wh_bin ]]; then
    [[ -x $wh_bin ]] || die_usage "--wheelhound: not an executable file: $wh_bin"
    wh_bin="$(cd -- "$(dirname -- "$wh_bin")" && pwd)/$(basename -- "$wh_bin")"
fi
if [[ $quick == 1 ]]; then
    repeat=1
fi

if [[ ! -d $corpus ]]; then
    echo "compare.sh: SKIPPED: no corpus at $corpus (the benchmark needs ../shared/corpus beside the repository)"
    exit 0
fi

PYTHON=${PYTHON:-python3}
helper="$script_dir/corpus.py"
log() { printf '[compare %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

if [[ ! -x /usr/bin/time ]]; then
    log "installing GNU time (needed for peak RSS)"
    apt-get install -y -q time >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q time >/dev/null; }
fi
for cmd in gzip xz unzip xargs "$PYTHON"; do
    command -v "$cmd" >/dev/null || { echo "compare.sh: needs $cmd" >&2; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/wheelhound-bench.XXXXXX")
cleanup() {
    if [[ $keep == 1 ]]; then
        echo "compare.sh: kept $work" >&2
    else
        # Extracted malware trees are plain files; remove them with everything else.
        rm -rf -- "$work"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$work/lists" "$work/time" "$work/out" "$work/split"
records="$work/records.tsv"
loadavg_start=$(cut -d' ' -f1-3 /proc/loadavg)
: >"$records"

# ---------------------------------------------------------------- package sets
if [[ $fetch == 1 ]]; then
    missing=$(
        tail -n +2 "$corpus/benign-dev.tsv" | cut -f3 | while read -r f; do
            [[ -f $benign_dir/$f ]] || echo "$f"
        done | wc -l
    )
    if [[ $missing -gt 0 ]]; then
        log "fetching $missing benign-dev files into $benign_dir"
        "$corpus/fetch-benign.sh" "$corpus/benign-dev.tsv" "$benign_dir" >&2 ||
            log "fetch-benign.sh failed; going on with the files present"
    fi
fi
"$PYTHON" "$helper" list-benign "$corpus/benign-dev.tsv" "$benign_dir" >"$work/lists/benign-all"
"$PYTHON" "$helper" list-malware "$corpus/malicious" >"$work/lists/malware-all"
if [[ $quick == 1 ]]; then
    "$PYTHON" "$helper" sample "$work/lists/benign-all" 20 "$seed" >"$work/lists/benign"
    "$PYTHON" "$helper" sample "$work/lists/malware-all" 40 "$seed" >"$work/lists/malware"
    "$PYTHON" "$helper" sample "$work/lists/benign" 3 "$seed" >"$work/lists/cmp-benign"
    "$PYTHON" "$helper" sample "$work/lists/malware" 3 "$seed" >"$work/lists/cmp-malware"
else
    cp "$work/lists/benign-all" "$work/lists/benign"
    cp "$work/lists/malware-all" "$work/lists/malware"
    "$PYTHON" "$helper" sample "$work/lists/benign" "$benign_sample" "$seed" >"$work/lists/cmp-benign"
    "$PYTHON" "$helper" sample "$work/lists/malware" "$sample" "$seed" >"$work/lists/cmp-malware"
fi
cat "$work/lists/benign" "$work/lists/malware" >"$work/lists/all"
cat "$work/lists/cmp-benign" "$work/lists/cmp-malware" >"$work/lists/cmp"
[[ -s $work/lists/benign ]] || { echo "compare.sh: no benign-dev archives in $benign_dir" >&2; exit 1; }

sets=(benign malware all cmp)
log "reading every archive once for its unpacked size"
"$PYTHON" "$helper" stats "$work" "${sets[@]/#/$work/lists/}"
for s in "${sets[@]}"; do
    mkdir -p "$work/split/$s"
    "$PYTHON" "$helper" split "$work/lists/$s" "$work/split/$s"
    log "set $s: $(wc -l <"$work/lists/$s") packages"
done

# Sets 'benign' and 'malware' are measured; 'all' is their sum (see report.py).
# Warm the page cache so that every tool reads the archives from memory.
xargs -a "$work/lists/all" -d '\n' cat >/dev/null

# ---------------------------------------------------------------- measuring
# measure TOOL SET RUN CMD...: run CMD under /usr/bin/time -v, append a record.
measure() {
    local tool=$1 set=$2 run=$3
    shift 3
    local tf="$work/time/$tool-$set-$run.txt" rc=0
    /usr/bin/time -v -o "$tf" "$@" || rc=$?
    printf '%s\t%s\t%s\t%s\t%s\n' "$tool" "$set" "$run" "$tf" "$rc" >>"$records"
    log "$tool on $set (run $run): $(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): *//p' "$tf") wall, rc $rc"
}

# ---------------------------------------------------------------- wheelhound
if want wheelhound; then
    if [[ -z $wh_bin ]]; then
        log "building wheelhound (cargo build --release -p wheelhound)"
        (cd "$root" && cargo build --release -q -p wheelhound)
        wh_bin="${CARGO_TARGET_DIR:-$root/target}/release/wheelhound"
    fi
    "$wh_bin" --version >"$work/wheelhound-version.txt"
    for r in $(seq 1 "$repeat"); do
        for s in benign malware cmp; do
            mapfile -t inputs <"$work/lists/$s"
            measure "wheelhound-j$jobs" "$s" "$r" "$wh_bin" scan --format jsonl --fail-on never \
                -j "$jobs" -o "$work/out/wh-$s-j$jobs.jsonl" "${inputs[@]}"
            if [[ $s != cmp && $jobs != 1 ]]; then
                measure wheelhound-j1 "$s" "$r" "$wh_bin" scan --format jsonl --fail-on never \
                    -j 1 -o "$work/out/wh-$s-j1.jsonl" "${inputs[@]}"
            fi
        done
    done
fi

# ---------------------------------------------------------------- floor
if want floor; then
    for r in $(seq 1 "$repeat"); do
        for s in benign malware cmp; do
            measure floor "$s" "$r" "$script_dir/floor.sh" "$work/split/$s" "$jobs"
        done
    done
fi

# ---------------------------------------------------------------- bandit and guarddog
if want bandit || want guarddog; then
    if [[ -z $venv ]]; then
        venv="$work/venv"
    fi
    if [[ ! -x $venv/bin/python ]]; then
        log "creating virtualenv $venv and installing bandit and guarddog from PyPI"
        "$PYTHON" -m venv "$venv"
        "$venv/bin/python" -m pip install -q --upgrade pip >&2
        "$venv/bin/python" -m pip install -q bandit guarddog >&2
    fi
    "$venv/bin/python" -m pip list --format json 2>/dev/null >"$work/venv-packages.json" || echo '[]' >"$work/venv-packages.json"
fi

if want bandit; then
    log "extracting the comparison set for Bandit (tarfile data filter, into $work/trees)"
    mkdir -p "$work/trees" "$work/out/bandit"
    measure extract cmp 1 "$PYTHON" "$helper" extract "$work/lists/cmp" "$work/trees" >"$work/lists/cmp-trees"
    measure bandit cmp 1 "$script_dir/run-each.sh" bandit "$venv/bin/bandit" "$work/lists/cmp-trees" \
        "$work/out/bandit" "$jobs"
    rm -rf -- "$work/trees"
fi

if want guarddog; then
    mkdir -p "$work/out/guarddog"
    # GuardDog refreshes its typosquatting lists from the network when they are older than 30
    # days. Hand it a copy of the lists it ships, stamped fresh, so that each scan does not
    # spend its time on failing downloads (a user's steady state is a fresh cache too).
    "$venv/bin/python" "$script_dir/guarddog_cache.py" "$work/guarddog-cache"
    export GUARDDOG_TOP_PACKAGES_CACHE_LOCATION="$work/guarddog-cache"
    # GuardDog 3.x wants its kernel sandbox; fall back to --no-sandbox only when a probe scan
    # fails for want of it.
    export GUARDDOG_EXTRA=
    probe=$(head -n 1 "$work/lists/cmp")
    if ! "$venv/bin/guarddog" pypi scan "$probe" --output-format json >/dev/null 2>"$work/out/guarddog-probe.err"; then
        if grep -qi sandbox "$work/out/guarddog-probe.err"; then
            log "GuardDog's sandbox is unavailable here: scanning with --no-sandbox"
            GUARDDOG_EXTRA=--no-sandbox
        fi
    fi
    measure guarddog cmp 1 "$script_dir/run-each.sh" guarddog "$venv/bin/guarddog" "$work/lists/cmp" \
        "$work/out/guarddog" "$jobs"
fi

# ---------------------------------------------------------------- report
cat >"$work/meta.json" <<EOF
{"date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)", "host": "$(hostname)", "cores": $(nproc),
 "cpu": "$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1 | tr -d '"\\')",
 "mem_kib": $(sed -n 's/^MemTotal: *\([0-9]*\).*/\1/p' /proc/meminfo),
 "loadavg_start": "$loadavg_start", "loadavg_end": "$(cut -d' ' -f1-3 /proc/loadavg)",
 "jobs": $jobs, "repeat": $repeat, "seed": $seed, "sample": "$sample",
 "benign_sample": "$benign_sample", "cmp_benign": $(wc -l <"$work/lists/cmp-benign"),
 "cmp_malware": $(wc -l <"$work/lists/cmp-malware"), "quick": $quick, "tools": "$tools",
 "commit": "$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)",
 "dirty": $( [[ -n $(git -C "$root" status --porcelain -- crates 2>/dev/null) ]] && echo true || echo false)}
EOF
"$PYTHON" "$script_dir/report.py" "$work" "$jobs" ${json_out:+"$json_out"}
