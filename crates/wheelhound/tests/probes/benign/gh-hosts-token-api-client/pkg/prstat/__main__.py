import sys

from . import open_prs

for pr in open_prs(sys.argv[1]):
    print(f"#{pr['number']:<6} {pr['author']:<20} {pr['title']}")
