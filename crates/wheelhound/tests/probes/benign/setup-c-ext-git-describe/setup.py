"""Build the _fastlz C extension against the system liblz4 when available."""
import os
import shlex
import subprocess

from setuptools import Extension, setup


def git_version():
    if os.path.exists("PKG-INFO"):
        # building from an sdist: version is frozen in PKG-INFO
        for line in open("PKG-INFO"):
            if line.startswith("Version:"):
                return line.split(":", 1)[1].strip()
    try:
        out = subprocess.check_output(["git", "describe", "--tags", "--dirty", "--always"],
                                      stderr=subprocess.DEVNULL, text=True).strip()
    except (OSError, subprocess.CalledProcessError):
        return "0.0.0+unknown"
    tag, _, rest = out.lstrip("v").partition("-")
    if not rest:
        return tag
    commits, _, sha = rest.partition("-g")
    return f"{tag}.post{commits.split('-')[0]}+g{sha.replace('-dirty', '.dirty')}"


def pkg_config(package, default_libs):
    try:
        cflags = subprocess.check_output(["pkg-config", "--cflags", package], text=True)
        libs = subprocess.check_output(["pkg-config", "--libs", package], text=True)
    except (OSError, subprocess.CalledProcessError):
        return {"libraries": default_libs}
    opts = {"include_dirs": [], "library_dirs": [], "libraries": [], "extra_compile_args": []}
    for flag in shlex.split(cflags):
        (opts["include_dirs"] if flag.startswith("-I") else opts["extra_compile_args"]).append(
            flag[2:] if flag.startswith("-I") else flag)
    for flag in shlex.split(libs):
        if flag.startswith("-L"):
            opts["library_dirs"].append(flag[2:])
        elif flag.startswith("-l"):
            opts["libraries"].append(flag[2:])
    return opts


version = git_version()
with open(os.path.join("src", "fastlz", "_version.py"), "w") as fh:
    fh.write(f'__version__ = "{version}"\n')

ext = Extension(
    "fastlz._fastlz",
    sources=["src/fastlz/_fastlz.c"],
    define_macros=[("FASTLZ_VERSION", f'"{version}"')],
    **pkg_config("liblz4", ["lz4"]),
)

setup(
    name="fastlz",
    version=version,
    package_dir={"": "src"},
    packages=["fastlz"],
    ext_modules=[ext],
    python_requires=">=3.8",
)
