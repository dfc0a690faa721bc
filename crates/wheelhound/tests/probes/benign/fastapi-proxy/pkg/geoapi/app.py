"""A small caching proxy in front of a geocoding API."""
import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
UPSTREAM = "https://geocode.example/v1/search"
_cache = {}


@app.get("/search")
async def search(q: str, limit: int = 5):
    key = (q, limit)
    if key in _cache:
        return _cache[key]
    async with httpx.AsyncClient() as client:
        r = await client.get(UPSTREAM, params={"q": q, "limit": limit})
    if r.status_code != 200:
        raise HTTPException(502)
    _cache[key] = r.json()
    return _cache[key]


@app.post("/render")
def render(template: str):
    import subprocess
    out = subprocess.run(["pandoc", "-f", "markdown", "-t", "html"], input=template.encode(), capture_output=True)
    return out.stdout.decode()
