import os

import httpx

from ._env import load_dotenv_upwards

PROVIDERS = {
    "openai": ("https://api.openai.com/v1/chat/completions", "OPENAI_API_KEY"),
    "groq": ("https://api.groq.com/openai/v1/chat/completions", "GROQ_API_KEY"),
    "deepseek": ("https://api.deepseek.com/chat/completions", "DEEPSEEK_API_KEY"),
}


class Chat:
    def __init__(self, provider="openai", model="gpt-4o-mini", api_key=None):
        load_dotenv_upwards()
        self.url, env_name = PROVIDERS[provider]
        self.model = model
        self.api_key = api_key or os.environ.get(env_name)
        if not self.api_key:
            raise RuntimeError(f"set {env_name} or pass api_key=")

    def __call__(self, prompt, **kw):
        r = httpx.post(self.url, headers={"Authorization": f"Bearer {self.api_key}"},
                       json={"model": self.model, "messages": [{"role": "user", "content": prompt}], **kw},
                       timeout=60)
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"]
