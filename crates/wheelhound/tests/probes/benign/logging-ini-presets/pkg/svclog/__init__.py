"""Logging presets for services: load a bundled INI config with fileConfig."""
import logging
import logging.config
import os
from importlib import resources

__version__ = "1.0.4"

PRESETS = ("default", "verbose")


def configure(preset=None, disable_existing=False):
    preset = preset or os.environ.get("SVCLOG_PRESET", "default")
    if preset not in PRESETS:
        raise ValueError("unknown preset %r" % preset)
    ref = resources.files(__name__).joinpath("presets", preset + ".ini")
    with resources.as_file(ref) as path:
        logging.config.fileConfig(path, disable_existing_loggers=disable_existing)
    return logging.getLogger()


configure()
