"""Colour output for the PDF, PNG and SVG painters: parsing comes from the layout (one
definition for screen and paper); here only the print conversions."""

from __future__ import annotations

from functools import lru_cache

from ..layout.colours import rgb

__all__ = ["cmyk", "hex_colour", "rgb"]


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
