"""Show the active Azure subscription."""
import json, os

def active_subscription():
    path = os.path.join(os.path.expanduser("~"), ".azure", "azureProfile.json")
    with open(path, encoding="utf-8-sig") as fh:
        profile = json.load(fh)
    for sub in profile.get("subscriptions", []):
        if sub.get("isDefault"):
            return sub["name"], sub["id"]
    return None

if __name__ == "__main__":
    print(active_subscription())
