"""Legibility by rule: every printed text reaches 4.5:1 contrast with what is behind it.

The layout picks colours for the screen; on paper, small type in a pale grey or a white
label on a mid-tone pill fades. `ink` deepens (or, on a dark ground, lightens) a text
colour just enough to reach WCAG 4.5:1, keeping its hue; `pill` deepens a badge's fill
under its white label instead, so badges keep their look. Pure colour arithmetic, used by
`render` (every format) and by the preflight (which then judges what really prints).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..layout import TextLine
from ..layout.colours import contrast, relative_luminance, rgb

MIN_CONTRAST = 4.5


def _mix(colour: str, target: tuple[float, float, float], t: float) -> str:
    r, g, b = rgb(colour)
    parts = (c + (d - c) * t for c, d in zip((r, g, b), target, strict=True))
    return "#" + "".join(f"{round(c * 255):02x}" for c in parts)


def _towards(colour: str, against: str, target: tuple[float, float, float]) -> str:
    """`colour` moved towards `target` by the least step that reaches the ratio."""
    lo, hi = 0.0, 1.0
    for _ in range(14):
        mid = (lo + hi) / 2
        if contrast(_mix(colour, target, mid), against) >= MIN_CONTRAST + 0.02:
            hi = mid
        else:
            lo = mid
    return _mix(colour, target, hi)


@lru_cache(maxsize=4096)
def ink(text: str, background: str) -> str:
    """The text colour to print on `background`: `text` itself when it reads at 4.5:1."""
    if contrast(text, background) >= MIN_CONTRAST:
        return text
    dark_ground = relative_luminance(background) < 0.18
    return _towards(text, background, (1.0, 1.0, 1.0) if dark_ground else (0.0, 0.0, 0.0))


@lru_cache(maxsize=1024)
def pill(fill: str, text: str) -> str:
    """A badge fill deepened (lightened under dark text) until its label reads at 4.5:1."""
    if contrast(text, fill) >= MIN_CONTRAST:
        return fill
    light_text = relative_luminance(text) > 0.5
    return _towards(fill, text, (0.0, 0.0, 0.0) if light_text else (1.0, 1.0, 1.0))


def inked(lines: Sequence[TextLine], background: str | None) -> list[TextLine]:
    if background is None:
        return list(lines)
    return [line if line.colour == (c := ink(line.colour, background))
            else line._replace(colour=c) for line in lines]
