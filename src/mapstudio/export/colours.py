"""Colour parsing shared by the PDF, PNG and SVG painters; optional naive CMYK for print."""

from __future__ import annotations

from functools import lru_cache

FALLBACK = "#ffffff"


@lru_cache(maxsize=1024)
def rgb(value: str | None) -> tuple[float, float, float]:
    """'#rrggbb' / '#rgb' / '' -> floats 0..1; unreadable colours fall back to white."""
    text = (value or FALLBACK).strip().lstrip("#")
    if len(text) == 3:
        text = "".join(ch * 2 for ch in text)
    try:
        r, g, b = (int(text[i:i + 2], 16) / 255.0 for i in (0, 2, 4))
    except (ValueError, IndexError):
        return 1.0, 1.0, 1.0
    return r, g, b


@lru_cache(maxsize=1024)
def cmyk(value: str | None) -> tuple[float, float, float, float]:
    """Device CMYK from sRGB with full grey-component replacement (good enough for proofs;
    print shops re-separate with their own ICC profile)."""
    r, g, b = rgb(value)
    k = 1.0 - max(r, g, b)
    if k >= 1.0:
        return 0.0, 0.0, 0.0, 1.0
    d = 1.0 - k
    return (1.0 - r - k) / d, (1.0 - g - k) / d, (1.0 - b - k) / d, k


@lru_cache(maxsize=1024)
def hex_colour(value: str | None) -> str:
    """Normalised '#rrggbb' (for SVG and Qt)."""
    r, g, b = rgb(value)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


def luminance(value: str | None) -> float:
    r, g, b = rgb(value)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
