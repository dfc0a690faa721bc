"""Read which Google Cloud project and zone this VM runs in."""
import requests

BASE = "http://metadata.google.internal/computeMetadata/v1/"


def project_id():
    return requests.get(BASE + "project/project-id", headers={"Metadata-Flavor": "Google"}, timeout=2).text


def zone():
    return requests.get(BASE + "instance/zone", headers={"Metadata-Flavor": "Google"}, timeout=2).text
