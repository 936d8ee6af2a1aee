"""Map -> geometry, shared by the canvas and the exporters. Pure Python."""

from .colours import band_tint, is_accent, text_on
from .curves import bezier_segments
from .engine import layout_map
from .geometry import (
    Badge,
    BlueprintLine,
    CardBox,
    CurvePoint,
    EmotionSeries,
    HeaderBox,
    LegendItem,
    MapGeometry,
    PersonaChip,
    Rect,
    ScaleTick,
    TextLine,
)
from .header import initials
from .labels import (
    BLUEPRINT_LABELS,
    CHANNEL_NAMES,
    LABELS,
    LANE_KIND_LABELS,
    MAP_TYPE_LABELS,
    Labels,
)
from .style import DEFAULT_STYLE, LANE_COLOURS, LayoutStyle
from .text import FixedWidthMeasure, FontSpec, TextMeasure, wrap_text

__all__ = ["BLUEPRINT_LABELS", "CHANNEL_NAMES", "DEFAULT_STYLE", "LABELS", "LANE_COLOURS",
           "LANE_KIND_LABELS", "MAP_TYPE_LABELS", "Badge", "BlueprintLine", "CardBox",
           "CurvePoint", "EmotionSeries", "FixedWidthMeasure", "FontSpec", "HeaderBox",
           "Labels", "LayoutStyle", "LegendItem", "MapGeometry", "PersonaChip", "Rect",
           "ScaleTick", "TextLine", "TextMeasure", "band_tint", "bezier_segments",
           "initials", "is_accent", "layout_map", "text_on", "wrap_text"]
