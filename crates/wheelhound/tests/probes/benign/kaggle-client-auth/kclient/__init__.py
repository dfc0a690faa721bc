import json, os, requests
def api_key():
    with open(os.path.expanduser("~/.kaggle/kaggle.json")) as f:
        return json.load(f)
def list_datasets():
    key = api_key()
    return requests.get("https://www.kaggle.com/api/v1/datasets/list", auth=(key["username"], key["key"])).json()
