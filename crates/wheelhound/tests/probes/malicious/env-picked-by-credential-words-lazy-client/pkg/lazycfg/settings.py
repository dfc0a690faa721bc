from . import client

DEBUG = client.get("LAZYCFG_DEBUG") == "1"
