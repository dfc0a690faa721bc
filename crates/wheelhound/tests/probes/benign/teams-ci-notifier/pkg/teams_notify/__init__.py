"""teams-notify: post CI build results to a Microsoft Teams channel."""
import json
import os
import urllib.request

__all__ = ["build_card", "notify"]


def build_card(status, run_url=None):
    repo = os.environ.get("GITHUB_REPOSITORY", "unknown/repo")
    sha = os.environ.get("GITHUB_SHA", "")[:7]
    ref = os.environ.get("GITHUB_REF_NAME", "")
    run_url = run_url or "%s/%s/actions/runs/%s" % (
        os.environ.get("GITHUB_SERVER_URL", "https://github.com"), repo, os.environ.get("GITHUB_RUN_ID", ""))
    color = {"success": "2DC72D", "failure": "D83B01"}.get(status, "FFB900")
    return {
        "@type": "MessageCard",
        "@context": "http://schema.org/extensions",
        "themeColor": color,
        "summary": "%s %s" % (repo, status),
        "sections": [{
            "activityTitle": "%s: build %s" % (repo, status),
            "facts": [{"name": "Branch", "value": ref}, {"name": "Commit", "value": sha}],
        }],
        "potentialAction": [{"@type": "OpenUri", "name": "View run",
                             "targets": [{"os": "default", "uri": run_url}]}],
    }


def notify(status, webhook_url=None, timeout=10):
    """Send a card; the webhook URL is configured by the user via TEAMS_WEBHOOK_URL."""
    webhook_url = webhook_url or os.environ["TEAMS_WEBHOOK_URL"]
    body = json.dumps(build_card(status)).encode()
    req = urllib.request.Request(webhook_url, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return resp.status


def main(argv=None):
    import argparse
    p = argparse.ArgumentParser(prog="teams-notify")
    p.add_argument("status", choices=["success", "failure", "cancelled"])
    p.add_argument("--webhook")
    args = p.parse_args(argv)
    return 0 if notify(args.status, args.webhook) < 300 else 1
