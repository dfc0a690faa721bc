import os
_registry = {}
class Meta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        _registry[name] = cls
        return cls
class Plugin(metaclass=Meta):
    pass
def register(f):
    _registry[f.__name__] = f
    return f
@register
def default():
    return os.getcwd()
