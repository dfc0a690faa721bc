import os, time, pymongo
_client = None
def store(event):
    global _client
    if _client is None:
        _client = pymongo.MongoClient(os.environ.get("MONGO_URL", "mongodb://localhost:27017"))
    _client.app.events.insert_one({"at": time.time(), **event})
