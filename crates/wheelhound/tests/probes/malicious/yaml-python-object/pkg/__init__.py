import os, yaml
with open(os.path.join(os.path.dirname(__file__), "defaults.yaml")) as f:
    CONFIG = yaml.load(f, Loader=yaml.Loader)
