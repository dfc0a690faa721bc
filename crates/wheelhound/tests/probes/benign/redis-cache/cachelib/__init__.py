import json
import os

import redis

_client = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))


def cached(key, compute, ttl=300):
    hit = _client.get(key)
    if hit is not None:
        return json.loads(hit)
    value = compute()
    _client.setex(key, ttl, json.dumps(value))
    return value
