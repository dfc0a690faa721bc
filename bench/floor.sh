#!/usr/bin/env bash
# bench/floor.sh SPLIT_DIR JOBS: the decompress-and-read floor. Decompresses every archive
# listed in SPLIT_DIR/{gz,xz,zip}.list (sorted by magic bytes beforehand by corpus.py split)
# to /dev/null, JOBS processes at a time. gzip and xz take a few archives per process (their
# output is one stream anyway); unzip -p takes one archive per process.
# Exit status: 0, or 1 when a decompressor reported an error (the floor is still timed).
set -uo pipefail
if [[ $# -ne 2 || ! -d $1 ]]; then
    echo "usage: $0 SPLIT_DIR JOBS" >&2
    exit 2
fi
dir=$1 jobs=$2 rc=0
xargs -a "$dir/gz.list" -d '\n' -r -P "$jobs" -n 4 gzip -dc >/dev/null || rc=1
xargs -a "$dir/xz.list" -d '\n' -r -P "$jobs" -n 4 xz -dc >/dev/null || rc=1
xargs -a "$dir/zip.list" -d '\n' -r -P "$jobs" -n 1 unzip -p -qq >/dev/null || rc=1
exit "$rc"
