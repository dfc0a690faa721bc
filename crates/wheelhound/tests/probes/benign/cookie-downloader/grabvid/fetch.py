"""Downloads a video page with the user's own browser session, like yt-dlp --cookies-from-browser."""
import browser_cookie3, requests

def fetch(url, browser="firefox"):
    jar = getattr(browser_cookie3, browser)(domain_name="example-video.com")
    return requests.get(url, cookies=jar, timeout=30).text
