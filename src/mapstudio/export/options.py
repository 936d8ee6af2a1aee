"""Export options and paper sizes: plain data, no ReportLab, so the CLI and dialog share it."""

from __future__ import annotations

from dataclasses import dataclass, fields

from ..model import MapStudioError
from ..model.catalogues import LANGUAGES, PAPER_MM  # noqa: F401 - re-exported

MM = 72.0 / 25.4  # points per millimetre

PAPERS = (*PAPER_MM, "fit", "auto")  # auto: see autopaper.resolve_paper
FORMATS = ("pdf", "png", "svg", "csv", "mermaid")
ORIENTATIONS = ("auto", "portrait", "landscape")
MAX_DPI = 1200
MAX_PNG_PIXELS = 400_000_000


def canonical_paper(name: str) -> str | None:
    """The paper name in its canonical spelling ("a3" -> "A3"), or None if unknown."""
    for known in PAPERS:
        if known.lower() == str(name).strip().lower():
            return known
    return None


def paper_points(name: str) -> tuple[float, float]:
    """Portrait (width, height) of a named paper in points."""
    w, h = PAPER_MM[canonical_paper(name) or name]
    return w * MM, h * MM


@dataclass
class ExportOptions:
    """Everything the user can choose for one export; `validate()` before use."""

    format: str
    paper: str = "A3"
    orientation: str = "auto"
    scale: float | None = None  # None: fit the page; 1.0 = 100 %
    tile: str | None = None  # sheet paper for poster tiling (PDF only)
    overlap_mm: float = 10.0
    bleed_mm: float = 0.0
    crop_marks: bool = False
    dpi: int = 150
    personas: bool = False
    notes: bool = False  # review notes: counts on the cards and an appendix (PDF)
    title_block: str | None = None
    cmyk: bool = False
    pdfx: bool = False  # PDF/X-4 (with cmyk: CMYK output intent), see pdfx.py
    margins_mm: float = 10.0
    language: str = ""  # of the words the print adds (captions, footer); "": the project's,
    # else the interface's

    def validate(self) -> ExportOptions:
        """Normalise spellings and refuse impossible combinations with one clear line."""
        fmt = str(self.format or "").strip().lower()
        if fmt not in FORMATS:
            raise MapStudioError(f"unknown export format {self.format!r}; "
                                 f"choose one of {', '.join(FORMATS)}")
        self.format = fmt
        paper = canonical_paper(self.paper)
        if paper is None:
            raise MapStudioError(f"unknown paper {self.paper!r}; choose one of "
                                 f"{', '.join(PAPERS)}")
        self.paper = paper
        if self.orientation not in ORIENTATIONS:
            raise MapStudioError(f"unknown orientation {self.orientation!r}; choose one of "
                                 f"{', '.join(ORIENTATIONS)}")
        if self.tile is not None:
            tile = canonical_paper(self.tile)
            if tile is None or tile in ("fit", "auto"):
                raise MapStudioError(f"unknown tile paper {self.tile!r}; choose one of "
                                     f"{', '.join(PAPER_MM)}")
            if fmt != "pdf":
                raise MapStudioError("poster tiling is only available for PDF export")
            self.tile = tile
        self.language = str(self.language or "").strip().lower()
        if self.language and self.language not in LANGUAGES:
            raise MapStudioError(f"unknown print language {self.language!r}; choose one of "
                                 f"{', '.join(LANGUAGES)}")
        if self.pdfx and fmt != "pdf":
            raise MapStudioError("PDF/X is a kind of PDF: choose the pdf format")
        _non_negative("bleed", self.bleed_mm, 25)
        _non_negative("overlap", self.overlap_mm, 100)
        _non_negative("margins", self.margins_mm, 100)
        if self.scale is not None and not (0.01 <= float(self.scale) <= 20):
            raise MapStudioError(f"scale must be between 0.01 and 20, not {self.scale}")
        if not isinstance(self.dpi, int | float) or not (0 < self.dpi <= MAX_DPI):
            raise MapStudioError(f"dpi must be between 1 and {MAX_DPI}, not {self.dpi}")
        self.dpi = int(self.dpi)
        return self

    def to_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, values: dict) -> ExportOptions:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in names})


def _non_negative(name: str, value: float, maximum: float) -> None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise MapStudioError(f"{name} must be a number of millimetres, not {value!r}") from None
    if number != number or number < 0:  # NaN or negative
        raise MapStudioError(f"{name} must not be negative ({value} mm)")
    if number > maximum:
        raise MapStudioError(f"{name} of {value} mm is too large (at most {maximum} mm)")
