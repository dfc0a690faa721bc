#!/usr/bin/env python3
"""Corpus helpers for bench/compare.sh. Archives are read as bytes only: nothing in them is
imported, built or run.

  corpus.py list-benign MANIFEST.tsv DIR          paths of the manifest's files present in DIR
  corpus.py list-malware MALWARE_DIR              paths of every sample listed in manifest.csv
  corpus.py sample LIST N SEED                    a seeded random N of LIST (N=all: every line), in LIST order
  corpus.py stats OUT_DIR LIST...                 OUT_DIR/stats-<list name>.json: packed and unpacked
                                                  bytes, container counts
  corpus.py split LIST OUTDIR                     OUTDIR/{gz,xz,zip}.list by magic bytes
  corpus.py extract LIST DEST                     extract each archive into DEST/<n>/ (data filter)

Lists are text files with one path per line.
"""

import csv
import json
import os
import random
import shutil
import stat
import sys
import tarfile
import zipfile

MAGIC_GZ = b"\x1f\x8b"
MAGIC_XZ = b"\xfd7zXZ\x00"
MAGIC_ZIP = b"PK"


def read_list(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip()]


def write_lines(lines):
    out = sys.stdout
    for line in lines:
        out.write(line + "\n")


def container(path):
    """'gz', 'xz', 'zip' or 'other', from the first bytes (never from the file name)."""
    with open(path, "rb") as f:
        magic = f.read(6)
    if magic.startswith(MAGIC_GZ):
        return "gz"
    if magic.startswith(MAGIC_XZ):
        return "xz"
    if magic.startswith(MAGIC_ZIP):
        return "zip"
    return "other"


def list_benign(manifest, directory):
    with open(manifest, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    paths, missing = [], []
    for row in rows:
        p = os.path.join(directory, row["filename"])
        (paths if os.path.isfile(p) else missing).append(p)
    if missing:
        print(f"corpus.py: {len(missing)} benign files missing in {directory}", file=sys.stderr)
    write_lines(sorted(paths))


def list_malware(directory):
    with open(os.path.join(directory, "manifest.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    write_lines(sorted(os.path.join(directory, r["relative_path"]) for r in rows))


def sample(list_path, n, seed):
    lines = read_list(list_path)
    if n == "all" or int(n) >= len(lines):
        write_lines(lines)
        return
    keep = set(random.Random(int(seed)).sample(range(len(lines)), int(n)))
    write_lines(line for i, line in enumerate(lines) if i in keep)


def uncompressed_bytes(path, kind):
    """Sum of the sizes of the regular-file members (headers only for zips; tar streams are
    decompressed to walk their headers)."""
    if kind == "zip":
        with zipfile.ZipFile(path) as z:
            return sum(zi.file_size for zi in z.infolist() if not zi.is_dir()), len(z.infolist())
    total = members = 0
    with tarfile.open(path, mode="r:*") as t:
        for ti in t:
            members += 1
            if ti.isfile():
                total += ti.size
    return total, members


def stats(out_dir, *list_paths):
    """Writes OUT_DIR/stats-<list name>.json for each list; each archive is read once."""
    memo = {}

    def file_stats(p):
        if p not in memo:
            kind = container(p)
            try:
                size, n = uncompressed_bytes(p, kind)
                ok = True
            except (tarfile.TarError, zipfile.BadZipFile, OSError, EOFError, ValueError) as e:
                print(f"corpus.py: cannot read {p}: {e}", file=sys.stderr)
                size, n, ok = 0, 0, False
            memo[p] = (kind, os.path.getsize(p), size, n, ok)
        return memo[p]

    for list_path in list_paths:
        kinds = {"gz": 0, "xz": 0, "zip": 0, "other": 0}
        compressed = uncompressed = members = unreadable = 0
        paths = read_list(list_path)
        for p in paths:
            kind, packed, size, n, ok = file_stats(p)
            kinds[kind] += 1
            compressed += packed
            uncompressed += size
            members += n
            unreadable += not ok
        result = {
            "packages": len(paths),
            "compressed_bytes": compressed,
            "uncompressed_bytes": uncompressed,
            "members": members,
            "containers": kinds,
            "unreadable": unreadable,
        }
        name = os.path.basename(list_path)
        with open(os.path.join(out_dir, f"stats-{name}.json"), "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1)


def split(list_path, outdir):
    groups = {"gz": [], "xz": [], "zip": [], "other": []}
    for p in read_list(list_path):
        groups[container(p)].append(p)
    for kind, paths in groups.items():
        with open(os.path.join(outdir, kind + ".list"), "w", encoding="utf-8") as f:
            f.writelines(p + "\n" for p in paths)
    if groups["other"]:
        print(f"corpus.py: {len(groups['other'])} files of unknown format", file=sys.stderr)


def safe_member_path(dest, name):
    """The path under dest for a zip member, or None when it would leave dest."""
    name = name.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return None
    target = os.path.normpath(os.path.join(dest, name))
    if os.path.commonpath([dest, target]) != dest:
        return None
    return target


def extract_zip(path, dest):
    with zipfile.ZipFile(path) as z:
        for zi in z.infolist():
            if zi.is_dir():
                continue
            target = safe_member_path(dest, zi.filename)
            if target is None:
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            # Bytes only, written as a plain non-executable file (symlink bits are ignored).
            with z.open(zi) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            os.chmod(target, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH)


def extract(list_path, dest):
    """Extract every archive into DEST/<index>/ with the tarfile 'data' filter (no absolute
    paths, no '..', no links out of the tree, no special files, no setuid bits) or the zip
    equivalent above. Prints one extracted directory per line; failures go to stderr."""
    dest = os.path.abspath(dest)
    failed = 0
    for i, p in enumerate(read_list(list_path)):
        out = os.path.join(dest, f"{i:05d}")
        os.makedirs(out)
        try:
            if container(p) == "zip":
                extract_zip(p, out)
            else:
                with tarfile.open(p, mode="r:*") as t:
                    t.extractall(out, filter="data")
        except (tarfile.TarError, zipfile.BadZipFile, OSError, EOFError, ValueError) as e:
            print(f"corpus.py: cannot extract {p}: {e}", file=sys.stderr)
            failed += 1
        print(out)
    if failed:
        print(f"corpus.py: {failed} archives failed to extract (partially or fully)", file=sys.stderr)


def main(argv):
    commands = {
        "list-benign": (list_benign, 2),
        "list-malware": (list_malware, 1),
        "sample": (sample, 3),
        "stats": (stats, None),
        "split": (split, 2),
        "extract": (extract, 2),
    }
    if len(argv) < 2 or argv[1] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    want = commands[argv[1]][1]
    if len(argv) - 2 != want and not (want is None and len(argv) > 3):
        print(__doc__, file=sys.stderr)
        return 2
    func, _ = commands[argv[1]]
    func(*argv[2:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
