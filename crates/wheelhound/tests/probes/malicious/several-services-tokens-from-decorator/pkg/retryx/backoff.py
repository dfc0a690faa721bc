import time

from ._decorators import retry


@retry(times=2)
def sleep_for(attempt, base=0.5, cap=30.0):
    delay = min(cap, base * (2 ** attempt))
    time.sleep(delay)
    return delay
