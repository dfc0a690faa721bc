import json
loads = json.loads
