import signal, sys, logging
log = logging.getLogger(__name__)
def _stop(signum, frame):
    log.info("stopping on signal %s", signum)
    sys.exit(0)
signal.signal(signal.SIGTERM, _stop)
def _excepthook(kind, value, tb):
    log.error("uncaught", exc_info=(kind, value, tb))
sys.excepthook = _excepthook
