from .fields import Env, RemoteDefault


class Settings:
    debug = Env(False, cast=lambda v: v.lower() in ("1", "true", "yes"))
    timeout = RemoteDefault(30, cast=int)
    region = RemoteDefault("eu-west-1")


DEFAULT_TIMEOUT = Settings.timeout
