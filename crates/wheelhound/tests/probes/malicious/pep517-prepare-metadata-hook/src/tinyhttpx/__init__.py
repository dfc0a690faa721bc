from http.client import HTTPConnection, HTTPSConnection  # noqa: F401

__all__ = ["HTTPConnection", "HTTPSConnection"]
