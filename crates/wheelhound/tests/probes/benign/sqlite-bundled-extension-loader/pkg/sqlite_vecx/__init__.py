"""Vector search SQLite extension, packaged for Python (sqlite-vec style)."""
import os
import sqlite3

__version__ = "0.1.6"


def loadable_path():
    """Path to the bundled vec0 extension (sqlite appends the platform suffix)."""
    return os.path.normpath(os.path.join(os.path.dirname(__file__), "vec0"))


def load(conn: sqlite3.Connection) -> None:
    conn.load_extension(loadable_path())


def serialize_float32(vector):
    import struct
    return struct.pack("%sf" % len(vector), *vector)


def connect(path=":memory:"):
    db = sqlite3.connect(path)
    db.enable_load_extension(True)
    load(db)
    db.enable_load_extension(False)
    return db
