import logging
log = logging.getLogger("colorlogx")
