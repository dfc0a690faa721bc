"""Tiny phone-number helper."""
from ._tables import calling_code, regions_for_code, valid_length

__all__ = ["calling_code", "regions_for_code", "valid_length", "format_e164"]


def format_e164(region, national_number):
    code = calling_code(region)
    if code is None:
        raise ValueError(f"unknown region {region!r}")
    digits = "".join(ch for ch in national_number if ch.isdigit()).lstrip("0")
    return f"+{code}{digits}"
