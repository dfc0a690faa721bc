"""Buffered StatsD client.

Metrics are batched in memory and sent as UDP datagrams to the local StatsD
agent (``STATSD_HOST``/``STATSD_PORT``, default 127.0.0.1:8125). The buffer
is flushed when full, every ``flush_interval`` seconds, and once more at
interpreter exit so short-lived scripts don't lose their last counters.
"""
import atexit
import os
import random
import socket
import threading
import time

__all__ = ["StatsClient", "default"]


class StatsClient:
    def __init__(self, host=None, port=None, prefix=None, max_packet=1432, flush_interval=10.0):
        self.addr = (host or os.environ.get("STATSD_HOST", "127.0.0.1"),
                     int(port or os.environ.get("STATSD_PORT", 8125)))
        self.prefix = prefix or os.environ.get("STATSD_PREFIX", "")
        self.max_packet = max_packet
        self.flush_interval = flush_interval
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._buf = []
        self._size = 0
        self._lock = threading.Lock()
        self._last_flush = time.monotonic()
        atexit.register(self.flush)

    def _name(self, stat):
        return f"{self.prefix}.{stat}" if self.prefix else stat

    def _add(self, line):
        with self._lock:
            if self._size + len(line) + 1 > self.max_packet:
                self._flush_locked()
            self._buf.append(line)
            self._size += len(line) + 1
            due = time.monotonic() - self._last_flush > self.flush_interval
        if due:
            self.flush()

    def incr(self, stat, count=1, rate=1.0):
        if rate < 1 and random.random() > rate:
            return
        suffix = f"|@{rate}" if rate < 1 else ""
        self._add(f"{self._name(stat)}:{count}|c{suffix}")

    def gauge(self, stat, value):
        self._add(f"{self._name(stat)}:{value}|g")

    def timing(self, stat, ms):
        self._add(f"{self._name(stat)}:{ms:.3f}|ms")

    def timer(self, stat):
        client = self

        class _Timer:
            def __enter__(self):
                self.start = time.perf_counter()
                return self

            def __exit__(self, *exc):
                client.timing(stat, (time.perf_counter() - self.start) * 1000)

        return _Timer()

    def _flush_locked(self):
        if self._buf:
            try:
                self._sock.sendto("\n".join(self._buf).encode("ascii"), self.addr)
            except OSError:
                pass  # metrics are best-effort
        self._buf.clear()
        self._size = 0
        self._last_flush = time.monotonic()

    def flush(self):
        with self._lock:
            self._flush_locked()


_default = None


def default():
    global _default
    if _default is None:
        _default = StatsClient()
    return _default
