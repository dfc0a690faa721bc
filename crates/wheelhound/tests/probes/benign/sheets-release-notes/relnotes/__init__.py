import os

import gspread
from github import Github


def publish(version, notes, sheet_key):
    """Record a release in the team sheet and open its tracking issue."""
    gc = gspread.service_account()
    gc.open_by_key(sheet_key).sheet1.append_row([version, notes])
    repo = Github(os.environ["GITHUB_TOKEN"]).get_repo("example-org/example")
    repo.create_issue(title=f"Release {version}", body=notes)
