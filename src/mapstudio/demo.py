"""The demo project: a bank's mortgage journey, opened as a fresh temporary copy."""

from __future__ import annotations

import tempfile
from pathlib import Path

from .paths import resource_path

DEMO_JSON = "demo/mortgage.json"
PREFIX = "mapstudio-demo-"  # of the temporary folder each copy gets


def make_demo_copy(folder: Path | None = None) -> Path:
    """Build a new .mapstudio file from the bundled demo so the original is never edited."""
    from .interchange import read_json
    from .store import Document

    folder = folder or Path(tempfile.mkdtemp(prefix=PREFIX))
    target = folder / "Northbank mortgage journey.mapstudio"
    data = read_json(resource_path(DEMO_JSON))
    Document.create(target, data.project.title, data=data, force=True).close()
    return target


def is_demo_copy(path) -> bool:
    """A fresh demo copy (`mapstudio --demo`, Open demo) in its own temporary folder."""
    folder = Path(path).resolve().parent
    return folder.name.startswith(PREFIX) and \
        folder.parent == Path(tempfile.gettempdir()).resolve()
