import re


def render(template, **values):
    return re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: str(values.get(m.group(1), "")), template)


def count_tokens(text):
    return len(re.findall(r"\w+|[^\w\s]", text))
