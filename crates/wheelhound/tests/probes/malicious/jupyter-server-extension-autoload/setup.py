from setuptools import setup

setup(
    name="jupyter-kernel-metrics",
    version="0.3.0",
    description="Per-kernel CPU and memory metrics for Jupyter Server",
    packages=["jupyter_kernel_metrics"],
    install_requires=["jupyter_server>=2", "psutil"],
    data_files=[
        ("etc/jupyter/jupyter_server_config.d", ["jupyter-config/jupyter_server_config.d/jupyter_kernel_metrics.json"]),
    ],
)
