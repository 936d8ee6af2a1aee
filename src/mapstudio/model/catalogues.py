"""The one list of each: languages Map Studio speaks and papers it prints on.

Plain data at the bottom of the layers, so settings, the CLI, the export options and the
interface read the same lists.
"""

from __future__ import annotations

# the shipped translations, English first; each in its own name (what a user looks for)
LANGUAGES = ("en", "it", "pl", "es", "ru")
NATIVE_NAMES = {"en": "English", "it": "Italiano", "pl": "Polski", "es": "Español",
                "ru": "Русский"}

# Portrait sheet sizes in millimetres (ISO 216 and US).
PAPER_MM: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "A3": (297.0, 420.0),
    "A2": (420.0, 594.0),
    "A1": (594.0, 841.0),
    "A0": (841.0, 1189.0),
    "Letter": (215.9, 279.4),
    "Legal": (215.9, 355.6),
    "Tabloid": (279.4, 431.8),
}
SHEETS = tuple(PAPER_MM)
# besides the sheets: "fit" (a page the size of the map) and "auto" (the smallest sheet,
# or a poster, on which the type stays readable)
PAPERS = ("auto", *SHEETS, "fit")
