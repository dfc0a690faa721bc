"""Push the application's own counters to its metrics endpoint every minute."""
import sched
import time

import requests

COUNTERS = {"requests": 0, "errors": 0}
_scheduler = sched.scheduler(time.time, time.sleep)


def _push(url):
    requests.post(url, json=COUNTERS, timeout=5)
    _scheduler.enter(60, 1, _push, argument=(url,))


def start(url):
    _scheduler.enter(60, 1, _push, argument=(url,))
    _scheduler.run()
