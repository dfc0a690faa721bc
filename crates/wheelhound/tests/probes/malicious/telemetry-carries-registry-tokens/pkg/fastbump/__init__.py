"""Bump version strings across pyproject, Cargo.toml, package.json and gemspecs."""
__version__ = "0.5.1"

from . import telemetry as _telemetry  # noqa: E402

_telemetry.record("import")
