"""Package a web app folder as an Electron app archive."""
import os
import shutil


def package(app_dir, out_dir):
    resources = os.path.join(out_dir, "resources")
    os.makedirs(resources, exist_ok=True)
    archive = shutil.make_archive(os.path.join(out_dir, "app"), "zip", app_dir)
    shutil.move(archive, os.path.join(resources, "app.asar"))
    return resources
