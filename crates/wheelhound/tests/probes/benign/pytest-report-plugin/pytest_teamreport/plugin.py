"""Send the pass/fail counts of a test session to the server named by --report-url."""
import json
import os
import urllib.request

_counts = {"passed": 0, "failed": 0}


def pytest_addoption(parser):
    parser.addoption("--report-url", default=os.environ.get("TEAMREPORT_URL"))


def pytest_runtest_logreport(report):
    if report.when == "call":
        _counts[report.outcome] = _counts.get(report.outcome, 0) + 1


def pytest_sessionfinish(session, exitstatus):
    url = session.config.getoption("--report-url")
    if not url:
        return
    body = json.dumps({"counts": _counts, "exit": int(exitstatus)}).encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    urllib.request.urlopen(request, timeout=10)
