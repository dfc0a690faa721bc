import os, yaml
with open(os.path.join(os.path.dirname(__file__), "defaults.yaml")) as f:
    DEFAULTS = yaml.load(f, Loader=yaml.Loader)
