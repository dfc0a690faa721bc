import os
import shutil


def run(project_dir, out, config):
    src = os.path.join(project_dir, config.get("source_dir", "pages"))
    if os.path.isdir(out):
        shutil.rmtree(out)
    shutil.copytree(src, out)
    title = config.get("site_title", "siteforge")
    for root, _, files in os.walk(out):
        for name in files:
            if name.endswith(".html"):
                path = os.path.join(root, name)
                with open(path, encoding="utf-8") as fh:
                    html = fh.read().replace("{{ site_title }}", title)
                with open(path, "w", encoding="utf-8") as fh:
                    fh.write(html)
