"""Structured JSON logging presets for services.

    from jsonlog_presets import configure
    configure("service")
"""
import json
import logging
import logging.config
import os
import socket
from importlib import resources

__all__ = ["configure", "JsonFormatter", "HostFilter"]


class JsonFormatter(logging.Formatter):
    def __init__(self, fields=("levelname", "name", "message"), **kw):
        super().__init__(**kw)
        self.fields = fields

    def format(self, record):
        record.message = record.getMessage()
        data = {f: getattr(record, f, None) for f in self.fields}
        data["ts"] = self.formatTime(record)
        if record.exc_info:
            data["exc"] = self.formatException(record.exc_info)
        return json.dumps(data, default=str)


class HostFilter(logging.Filter):
    def __init__(self, service=None):
        super().__init__()
        self.host = socket.gethostname()
        self.service = service or os.environ.get("SERVICE_NAME", "app")

    def filter(self, record):
        record.host, record.service = self.host, self.service
        return True


def configure(preset="service", level=None):
    with resources.files(__name__).joinpath(f"{preset}.json").open(encoding="utf-8") as fh:
        cfg = json.load(fh)
    if level:
        cfg["root"]["level"] = level
    logging.config.dictConfig(cfg)
