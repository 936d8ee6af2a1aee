"""Where bundled resources live: inside the wheel, or at the top of a checkout."""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources
from pathlib import Path


@cache
def resources_root() -> Path:
    """The folder holding fonts/, templates/, demo/, icons/ and translations/."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "mapstudio" / "resources"
    packaged = Path(str(resources.files("mapstudio"))) / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(relative: str) -> Path:
    return resources_root() / relative
