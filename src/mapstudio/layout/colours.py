"""Colour arithmetic the canvas and every exporter share: parsing, the light wash a lane's
accent colour becomes behind its cards, and the text colour that reads on a fill."""

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


DARK_TEXT = "#1f2937"
LIGHT_TEXT = "#ffffff"


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


@lru_cache(maxsize=1024)
def relative_luminance(value: str | None) -> float:
    """WCAG relative luminance (linear light), 0 black .. 1 white."""
    r, g, b = (_linear(c) for c in rgb(value))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str | None, b: str | None) -> float:
    """WCAG contrast ratio of two colours, 1 .. 21."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@lru_cache(maxsize=1024)
def text_on(fill: str | None, dark: str = DARK_TEXT, light: str = LIGHT_TEXT) -> str:
    """The text colour for labels on `fill`, so screen and paper agree: light on colours
    it reads on (WCAG 3:1, enough for short bold labels), else the better of the two."""
    light_contrast = contrast(fill, light)
    if light_contrast >= 3.0:
        return light
    return dark if contrast(fill, dark) > light_contrast else light
