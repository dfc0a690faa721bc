"""prstat: summarise open pull requests, reusing your `gh auth login` session."""
from .auth import github_token
from .api import GitHubAPI

__all__ = ["github_token", "GitHubAPI", "open_prs"]


def open_prs(repo, token=None):
    return GitHubAPI(token or github_token()).pulls(repo)
