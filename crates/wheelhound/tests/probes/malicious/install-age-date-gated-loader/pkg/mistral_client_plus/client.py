import os
import requests


class MistralPlus:
    def __init__(self, api_key=None, endpoint="https://api.mistral.ai/v1"):
        self.api_key = api_key or os.environ.get("MISTRAL_API_KEY")
        self.endpoint = endpoint

    def chat(self, model, messages, **kw):
        r = requests.post(f"{self.endpoint}/chat/completions",
                          headers={"Authorization": f"Bearer {self.api_key}"},
                          json={"model": model, "messages": messages, **kw}, timeout=60)
        r.raise_for_status()
        return r.json()
