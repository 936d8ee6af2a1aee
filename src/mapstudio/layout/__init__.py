"""Map -> geometry, shared by the canvas and the exporters. Pure Python."""

import importlib

# Each name is loaded from its module on first use (PEP 562): a window that only needs the
# lane names does not pay for the whole layout engine before it first paints.
_HOMES = {
    "band_tint": "colours", "is_accent": "colours", "text_on": "colours",
    "bezier_segments": "curves", "layout_map": "engine",
    "Badge": "geometry", "BlueprintLine": "geometry", "CardBox": "geometry",
    "CurvePoint": "geometry", "EmotionSeries": "geometry", "HeaderBox": "geometry",
    "LegendItem": "geometry", "MapGeometry": "geometry", "PersonaChip": "geometry",
    "Rect": "geometry", "ScaleTick": "geometry", "TextLine": "geometry",
    "initials": "header",
    "BLUEPRINT_LABELS": "labels", "CHANNEL_NAMES": "labels", "LABELS": "labels",
    "LANE_KIND_LABELS": "labels", "MAP_TYPE_LABELS": "labels", "Labels": "labels",
    "DEFAULT_STYLE": "style", "LANE_COLOURS": "style", "LayoutStyle": "style",
    "FixedWidthMeasure": "text", "FontSpec": "text", "TextMeasure": "text",
    "wrap_text": "text",
}


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_HOMES)


__all__ = ["BLUEPRINT_LABELS", "CHANNEL_NAMES", "DEFAULT_STYLE", "LABELS", "LANE_COLOURS",
           "LANE_KIND_LABELS", "MAP_TYPE_LABELS", "Badge", "BlueprintLine", "CardBox",
           "CurvePoint", "EmotionSeries", "FixedWidthMeasure", "FontSpec", "HeaderBox",
           "Labels", "LayoutStyle", "LegendItem", "MapGeometry", "PersonaChip", "Rect",
           "ScaleTick", "TextLine", "TextMeasure", "band_tint", "bezier_segments",
           "initials", "is_accent", "layout_map", "text_on", "wrap_text"]
