import os
def connect(host=os.environ.get("DB_HOST", "localhost"), port: int = int(os.environ.get("DB_PORT", "5432"))) -> str:
    return f"postgresql://{host}:{port}/app"
