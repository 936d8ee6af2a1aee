"""Map -> geometry, shared by the canvas and the exporters. Pure Python."""

from .colours import band_tint, is_accent
from .curves import bezier_segments
from .engine import MAP_TYPE_LABELS, layout_map
from .geometry import (
    Badge,
    BlueprintLine,
    CardBox,
    CurvePoint,
    EmotionSeries,
    HeaderBox,
    MapGeometry,
    Rect,
    ScaleTick,
    TextLine,
)
from .style import DEFAULT_STYLE, LANE_COLOURS, LANE_KIND_LABELS, LayoutStyle
from .text import FixedWidthMeasure, FontSpec, TextMeasure, wrap_text

__all__ = ["DEFAULT_STYLE", "LANE_COLOURS", "LANE_KIND_LABELS", "MAP_TYPE_LABELS", "Badge",
           "BlueprintLine", "CardBox", "CurvePoint", "EmotionSeries", "FixedWidthMeasure",
           "FontSpec", "HeaderBox", "LayoutStyle", "MapGeometry", "Rect", "ScaleTick",
           "TextLine", "TextMeasure", "band_tint", "bezier_segments", "is_accent", "layout_map",
           "wrap_text"]
