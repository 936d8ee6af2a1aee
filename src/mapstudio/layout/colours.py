"""Colour arithmetic both back ends agree on: a lane's accent colour becomes a light wash
behind its cards (the PDF's render.band_tint uses the same formula)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1024)
def rgb(value: str | None) -> tuple[float, float, float]:
    """'#rrggbb' / '#rgb' -> floats 0..1; unreadable colours read as white."""
    text = (value or "#ffffff").strip().lstrip("#")
    if len(text) == 3:
        text = "".join(ch * 2 for ch in text)
    try:
        r, g, b = (int(text[i:i + 2], 16) / 255.0 for i in (0, 2, 4))
    except (ValueError, IndexError):
        return 1.0, 1.0, 1.0
    return r, g, b


def luminance(value: str | None) -> float:
    r, g, b = rgb(value)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@lru_cache(maxsize=1024)
def band_tint(colour: str) -> str:
    """Mid-tone lane colours become a light wash so text and curves stay legible."""
    if luminance(colour) >= 0.8:
        return colour
    r, g, b = rgb(colour)
    return "#" + "".join(f"{round((0.14 * c + 0.86) * 255):02x}" for c in (r, g, b))


def is_accent(colour: str) -> bool:
    """A colour dark enough to draw strips and icons with (not a pale wash)."""
    return bool(colour) and luminance(colour) < 0.8
