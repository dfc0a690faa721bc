from .fields import Env, RemoteDefault
from .settings import Settings, DEFAULT_TIMEOUT

__all__ = ["Env", "RemoteDefault", "Settings", "DEFAULT_TIMEOUT"]
