"""The demo project: a bank's mortgage journey, opened as a fresh temporary copy.

The demo is written in `resources/demo/mortgage.json`. Building a project from it reads
and checks the JSON and builds a new file's schema (JSON Schema, Alembic): most of the
time `--demo` takes before its map shows. So the same project is also kept built,
`resources/demo/mortgage.mapstudio` (made by `installers/build_demo.py`), with a stamp of
what it was built from; a demo copy is a copy of that file while its stamp matches the
JSON, the schema and the version, and is built from the JSON otherwise.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from pathlib import Path

from . import __version__
from .paths import resource_path

DEMO_JSON = "demo/mortgage.json"
BUILT_DEMO = "demo/mortgage.mapstudio"
BUILT_STAMP = "demo/mortgage.stamp"  # what BUILT_DEMO was built from (`demo_stamp`)
PREFIX = "mapstudio-demo-"  # of the temporary folder each copy gets


def make_demo_copy(folder: Path | None = None) -> Path:
    """A new .mapstudio file of the bundled demo, so the original is never edited."""
    folder = folder or Path(tempfile.mkdtemp(prefix=PREFIX))
    target = folder / "Northbank mortgage journey.mapstudio"
    if not _copy_built(target):
        build_demo(target)
    return target


def build_demo(target: Path) -> None:
    """Build the demo project at `target` from its JSON."""
    from .interchange import read_json
    from .store import Document

    data = read_json(resource_path(DEMO_JSON))
    Document.create(target, data.project.title, data=data, force=True).close()


def demo_stamp() -> str:
    """What a built demo must have been built from: the JSON (its digest), this schema
    and this version (a new file records the version that made it)."""
    from .store import SCHEMA_VERSION

    digest = hashlib.sha256(resource_path(DEMO_JSON).read_bytes()).hexdigest()
    return f"mortgage.json sha256 {digest}, schema {SCHEMA_VERSION}, Map Studio {__version__}\n"


def built_demo_is_current() -> bool:
    try:
        return resource_path(BUILT_STAMP).read_text(encoding="utf-8") == demo_stamp()
    except OSError:
        return False


def _copy_built(target: Path) -> bool:
    """Copy the built demo to `target` (whole or not at all); False when there is none
    for this JSON, schema and version."""
    from .files import write_atomically
    from .model import MapStudioError

    if not built_demo_is_current():
        return False
    try:
        write_atomically(target, lambda temp: shutil.copyfile(resource_path(BUILT_DEMO), temp),
                         force=True)
    except (OSError, MapStudioError):
        return False
    return True


def is_demo_copy(path) -> bool:
    """A fresh demo copy (`mapstudio --demo`, Open demo) in its own temporary folder."""
    folder = Path(path).resolve().parent
    return folder.name.startswith(PREFIX) and \
        folder.parent == Path(tempfile.gettempdir()).resolve()
