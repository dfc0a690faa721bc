import asyncio


async def log(repo, count=10):
    proc = await asyncio.create_subprocess_exec(
        "git", "-C", repo, "log", f"-n{count}", "--oneline", stdout=asyncio.subprocess.PIPE
    )
    out, _ = await proc.communicate()
    return out.decode().splitlines()
