"""tgbackup: dump a database and deliver the archive to your own Telegram bot chat.

Configure with TGBACKUP_BOT_TOKEN and TGBACKUP_CHAT_ID (your bot, your chat).
"""
import argparse
import datetime
import gzip
import os
import shutil
import subprocess

import requests

API = "https://api.telegram.org/bot{token}/{method}"


def dump_postgres(dsn, out_path):
    with gzip.open(out_path, "wb") as gz:
        proc = subprocess.Popen(["pg_dump", "--no-owner", dsn], stdout=subprocess.PIPE)
        shutil.copyfileobj(proc.stdout, gz)
        if proc.wait() != 0:
            raise RuntimeError("pg_dump failed")
    return out_path


def send_document(path, caption=""):
    token = os.environ["TGBACKUP_BOT_TOKEN"]
    chat = os.environ["TGBACKUP_CHAT_ID"]
    with open(path, "rb") as fh:
        r = requests.post(API.format(token=token, method="sendDocument"),
                          data={"chat_id": chat, "caption": caption},
                          files={"document": (os.path.basename(path), fh)}, timeout=120)
    r.raise_for_status()
    return r.json()["result"]["message_id"]


def main(argv=None):
    ap = argparse.ArgumentParser(prog="tgbackup")
    ap.add_argument("dsn")
    ap.add_argument("--out", default=None)
    args = ap.parse_args(argv)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M")
    path = dump_postgres(args.dsn, args.out or f"backup-{stamp}.sql.gz")
    send_document(path, caption=f"backup {stamp}")
