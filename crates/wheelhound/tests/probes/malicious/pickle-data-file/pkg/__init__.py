import os, pickle
with open(os.path.join(os.path.dirname(__file__), "model.pkl"), "rb") as f:
    MODEL = pickle.load(f)
