"""Domain model: dataclasses, enums and validation. Pure Python: no Qt, no SQL.

Each name loads from its module on first use (see `lazy.py`).
"""

from __future__ import annotations

from .lazy import lazy_exports

_MODULES = {
    "entities": (
        "METRIC_DIRECTIONS", "Asset", "Card", "EmotionPoint", "EmotionScale", "Evidence",
        "JourneyMap", "Lane", "MapContent", "Metric", "MetricValue", "Persona", "Project",
        "ProjectData", "ProjectSettings", "ReviewNote", "Snapshot", "Stage", "new_id",
        "now_iso"),
    "enums": ("Channel", "Confidence", "EvidenceSource", "LaneKind", "LineAfter", "MapType",
              "NoteTarget", "Series"),
    "errors": ("DamagedMapError", "MapStudioError", "ReadOnlyError", "ValidationError",
               "WriteError"),
    "identity": ("IdMap", "remap_map", "remap_project"),
    "starter": ("starter_map",),
    "validation": ("validate_card", "validate_map", "validate_point", "validate_project",
                   "validate_settings"),
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _MODULES)
