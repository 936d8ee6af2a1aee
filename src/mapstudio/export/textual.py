"""CSV and Mermaid: delegated to the interchange layer, which owns those formats."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..interchange import export_csv, export_mermaid
from ..model import MapStudioError, ProjectData
from .source import ExportSource

# format -> the interchange writer of that format's text, named once
WRITERS: dict[str, Callable[[ProjectData], str]] = {
    "csv": export_csv,
    "mermaid": export_mermaid,
}


def write_textual(source: ExportSource, target: Path, fmt: str) -> None:
    writer = WRITERS.get(fmt)
    if writer is None:
        raise MapStudioError(f"{fmt.upper()} is not a text format Map Studio writes")
    data = ProjectData(project=source.project, personas=list(source.personas),
                       maps=[source.content])
    with open(target, "w", encoding="utf-8", newline="") as fh:
        fh.write(writer(data))
