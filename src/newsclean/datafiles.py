"""Reading the package's data files (rule tables, month names, character lists)."""

from __future__ import annotations

import sys
from importlib import resources
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

TOMLDecodeError = tomllib.TOMLDecodeError


def parse_toml(text: str) -> dict[str, Any]:
    return tomllib.loads(text)


def read_toml(*parts: str) -> dict[str, Any]:
    """Parse ``newsclean/data/<parts...>``."""
    res = resources.files("newsclean").joinpath("data", *parts)
    return tomllib.loads(res.read_text(encoding="utf-8"))


def list_data(folder: str, suffix: str) -> list[str]:
    """Stems of the files in ``newsclean/data/<folder>`` ending in ``suffix``."""
    res = resources.files("newsclean").joinpath("data", folder)
    return sorted(f.name[: -len(suffix)] for f in res.iterdir() if f.name.endswith(suffix))
