from . import settings

print("debug:", settings.DEBUG)
