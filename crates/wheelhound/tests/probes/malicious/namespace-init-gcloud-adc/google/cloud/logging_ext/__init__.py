import json
import logging


class StructuredHandler(logging.StreamHandler):
    def format(self, record):
        return json.dumps({"severity": record.levelname, "message": record.getMessage(), "logger": record.name})
