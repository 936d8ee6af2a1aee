"""Any import format to a project: one entry for the command line and the File menu."""

from __future__ import annotations

import io
from pathlib import Path

from ..model import MapStudioError, ProjectData
from .csv_format import import_csv
from .ems_yaml import import_ems_yaml
from .files import open_import, read_text
from .json_format import read_json
from .mermaid import import_mermaid

IMPORT_FORMATS = ("json", "csv", "mermaid", "ems-yaml")
SUFFIX_ALIASES = {"mmd": "mermaid", "yaml": "ems-yaml", "yml": "ems-yaml"}


def format_from_suffix(path: Path) -> str | None:
    """The format a file name suggests (json, csv, mermaid, ems-yaml, pdf…), or None."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return SUFFIX_ALIASES.get(suffix, suffix) or None


def _read_csv(path: Path, title: str) -> ProjectData:
    """CSV straight from the file, row by row (bounded memory for big spreadsheets)."""
    with open_import(path) as raw:
        stream = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        return import_csv(stream, title=title)


def read_project(path: Path, fmt: str | None = None) -> ProjectData:
    """A project from a file; errors name the file (and row, column or JSON path).

    Only a regular file is read (a pipe or device is refused at once) and at most
    MAX_IMPORT_BYTES of it; every format ends in the same validation of the model.
    """
    path = Path(path)
    fmt = fmt or format_from_suffix(path)
    if fmt not in IMPORT_FORMATS:
        raise MapStudioError(f"{path.name}: not an import format "
                             f"({', '.join(IMPORT_FORMATS)})")
    if fmt == "json":
        data = read_json(path)
        if data.assets:  # pictures are rebuilt from their pixels, never taken on trust
            from ..store.images import rebuild_images

            try:
                data = rebuild_images(data)
            except MapStudioError as exc:
                raise MapStudioError(f"{path.name}: {exc}") from exc
        return data
    title = path.stem.replace("_", " ").replace("-", " ").strip() or "Imported project"
    try:
        if fmt == "csv":
            return _read_csv(path, title)
        text = read_text(path)
        reader = {"mermaid": import_mermaid, "ems-yaml": import_ems_yaml}[fmt]
        return reader(text, title=title)
    except MapStudioError as exc:
        if str(exc).startswith(str(path)):
            raise
        raise MapStudioError(f"{path}: {exc}") from exc
