# Copyright Jonathan Hartley 2013. BSD 3-Clause license, see LICENSE file.
import os
import re
import sys

from .win32 import windll, winapi_test


class StreamWrapper(object):
    def __init__(self, wrapped, converter):
        self.__wrapped = wrapped
        self.__convertor = converter

    def __getattr__(self, name):
        return getattr(self.__wrapped, name)

    def write(self, text):
        self.__convertor.write(text)


class AnsiToWin32(object):
    ANSI_CSI_RE = re.compile('\001?\033\\[((?:\\d|;)*)([a-zA-Z])\002?')

    def __init__(self, wrapped, convert=None, strip=None, autoreset=False):
        self.wrapped = wrapped
        self.autoreset = autoreset
        self.stream = StreamWrapper(wrapped, self)
        on_windows = os.name == 'nt'
        conversion_supported = on_windows and winapi_test()
        self.strip = strip if strip is not None else conversion_supported
        self.convert = convert if convert is not None else conversion_supported

    def write(self, text):
        if self.strip or self.convert:
            text = self.ANSI_CSI_RE.sub('', text)
        self.wrapped.write(text)
        self.wrapped.flush()
