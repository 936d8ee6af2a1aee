"""CSV and Mermaid: delegated to the interchange layer, which owns those formats."""

from __future__ import annotations

import inspect
from pathlib import Path

from ..model import MapStudioError, ProjectData
from .source import ExportSource

CANDIDATES = {
    "csv": ("export_csv", "write_csv", "to_csv", "dumps_csv"),
    "mermaid": ("export_mermaid", "write_mermaid", "to_mermaid", "dumps_mermaid"),
}


MODULES = {"csv": ("csv_format",), "mermaid": ("mermaid_format", "mermaid")}


def _find(fmt: str):
    """The interchange function for `fmt`, from the package or its format module."""
    import importlib

    from .. import interchange

    places = [interchange]
    for name in MODULES[fmt]:
        try:
            places.append(importlib.import_module(f"{interchange.__name__}.{name}"))
        except ImportError:
            continue
    for place in places:
        for name in CANDIDATES[fmt]:
            fn = getattr(place, name, None)
            if callable(fn):
                return fn
    return None


def write_textual(source: ExportSource, target: Path, fmt: str) -> None:
    fn = _find(fmt)
    if fn is None:
        raise MapStudioError(f"{fmt.upper()} export is not available in this build")
    data = ProjectData(project=source.project, personas=list(source.personas),
                       maps=[source.content])
    params = [p for p in inspect.signature(fn).parameters.values()
              if p.default is inspect.Parameter.empty
              and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    if len(params) >= 2:  # fn(data, path, ...) writes the file itself
        kwargs = {"force": True} if "force" in inspect.signature(fn).parameters else {}
        fn(data, target, **kwargs)
        return
    result = fn(data)
    if isinstance(result, bytes):
        target.write_bytes(result)
    else:
        with open(target, "w", encoding="utf-8", newline="") as fh:
            fh.write(str(result))
