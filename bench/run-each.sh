#!/usr/bin/env bash
# bench/run-each.sh TOOL BIN LIST OUT_DIR JOBS: run a comparison scanner once per package,
# JOBS at a time.
#   TOOL=bandit:   BIN -r -q -f json -o OUT_DIR/<n>.json TREE   (LIST: extracted trees)
#   TOOL=guarddog: BIN pypi scan ARCHIVE --output-format json $GUARDDOG_EXTRA (LIST: archives)
# A package whose scan fails (bandit: exit > 1; guarddog: exit != 0) is appended to
# OUT_DIR/failures with its exit status; stderr goes to OUT_DIR/<n>.err. One package may take
# at most $PER_PACKAGE_TIMEOUT seconds (default 600; exit status 124 when it ran out), so one
# scanner hanging on one hostile package cannot stall a run over the whole corpus.
set -uo pipefail
if [[ $# -eq 5 && ($1 == bandit || $1 == guarddog) && -f $3 && -d $4 ]]; then
    tool=$1 bin=$2 list=$3 out=$4 jobs=$5
    : >"$out/failures"
    # Number the lines so that every package gets its own output file.
    awk '{ printf "%05d\t%s\n", NR, $0 }' "$list" |
        xargs -d '\n' -r -P "$jobs" -n 1 "$0" --one "$tool" "$bin" "$out"
    exit 0
fi
if [[ $# -eq 5 && $1 == --one ]]; then
    tool=$2 bin=$3 out=$4
    n=${5%%$'\t'*} path=${5#*$'\t'}
    rc=0
    limit=${PER_PACKAGE_TIMEOUT:-600}
    case $tool in
        bandit)
            timeout "$limit" "$bin" -r -q -f json -o "$out/$n.json" "$path" >/dev/null 2>"$out/$n.err" || rc=$?
            [[ $rc -le 1 ]] && rc=0 ;;
        guarddog)
            # shellcheck disable=SC2086 # GUARDDOG_EXTRA is empty or one option
            timeout "$limit" "$bin" pypi scan "$path" --output-format json ${GUARDDOG_EXTRA:-} >"$out/$n.json" 2>"$out/$n.err" || rc=$? ;;
    esac
    if [[ $rc -ne 0 ]]; then
        printf '%s\t%s\t%s\n' "$n" "$rc" "$path" >>"$out/failures"
    fi
    exit 0
fi
echo "usage: $0 bandit|guarddog BIN LIST OUT_DIR JOBS" >&2
exit 2
