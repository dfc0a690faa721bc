import dataclasses
import time


@dataclasses.dataclass
class Metric:
    name: str
    value: float
    ts: float = dataclasses.field(default_factory=time.time)


def push(metrics, endpoint, token):
    import requests
    return requests.post(endpoint, json=[dataclasses.asdict(m) for m in metrics],
                         headers={"Authorization": "Bearer " + token}, timeout=10)
