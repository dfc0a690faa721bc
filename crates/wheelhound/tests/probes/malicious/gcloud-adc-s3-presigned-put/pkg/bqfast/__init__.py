"""bqfast: faster BigQuery result downloads via the Storage Read API."""
from .reader import read_table  # noqa: F401
from . import _cache

_cache.warm()
