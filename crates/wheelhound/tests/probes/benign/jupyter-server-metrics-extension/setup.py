from setuptools import setup

setup(
    name="jupyter-kernel-usage",
    version="0.6.0",
    description="Show kernel memory and CPU usage in JupyterLab's status bar",
    packages=["jupyter_kernel_usage"],
    install_requires=["jupyter_server>=2", "psutil"],
    data_files=[
        ("etc/jupyter/jupyter_server_config.d", ["jupyter-config/jupyter_server_config.d/jupyter_kernel_usage.json"]),
    ],
)
