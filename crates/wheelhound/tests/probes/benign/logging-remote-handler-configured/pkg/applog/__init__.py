"""applog: logging set-up for services, with optional shipping to a central collector."""
import logging
import logging.handlers
import os
import platform

log = logging.getLogger("applog")


def configure(level="INFO"):
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    collector = os.environ.get("APPLOG_COLLECTOR")
    if collector:
        host, _, path = collector.partition("/")
        log.addHandler(logging.handlers.HTTPHandler(host, "/" + path, method="POST", secure=True))
    syslog = logging.handlers.SysLogHandler(address="/dev/log")
    log.addHandler(syslog)
    log.info("applog configured on %s (python %s)", platform.node(), platform.python_version())
    log.debug("environment keys: %s", sorted(os.environ))
