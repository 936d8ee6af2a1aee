"""Any import format to a project: one entry for the command line and the File menu."""

from __future__ import annotations

from pathlib import Path

from ..model import MapStudioError, ProjectData
from .csv_format import import_csv
from .ems_yaml import import_ems_yaml
from .files import read_text
from .json_format import read_json
from .mermaid import import_mermaid

IMPORT_FORMATS = ("json", "csv", "mermaid", "ems-yaml")
SUFFIX_ALIASES = {"mmd": "mermaid", "yaml": "ems-yaml", "yml": "ems-yaml"}


def format_from_suffix(path: Path) -> str | None:
    """The format a file name suggests (json, csv, mermaid, ems-yaml, pdf…), or None."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return SUFFIX_ALIASES.get(suffix, suffix) or None


def read_project(path: Path, fmt: str | None = None) -> ProjectData:
    """A project from a file; errors name the file (and row, column or JSON path)."""
    path = Path(path)
    fmt = fmt or format_from_suffix(path)
    if fmt not in IMPORT_FORMATS:
        raise MapStudioError(f"{path.name}: not an import format "
                             f"({', '.join(IMPORT_FORMATS)})")
    if fmt == "json":
        return read_json(path)
    text = read_text(path)
    title = path.stem.replace("_", " ").replace("-", " ").strip() or "Imported project"
    reader = {"csv": import_csv, "mermaid": import_mermaid, "ems-yaml": import_ems_yaml}[fmt]
    try:
        return reader(text, title=title)
    except MapStudioError as exc:
        raise MapStudioError(f"{path}: {exc}") from exc
