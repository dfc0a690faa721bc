import threading, queue
_jobs = queue.Queue()
def _start():
    def loop():
        while True:
            job = _jobs.get()
            job()
    threading.Thread(target=loop, daemon=True).start()
_start()
