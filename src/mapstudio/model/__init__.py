"""Domain model: dataclasses, enums and validation. Pure Python: no Qt, no SQL."""

from .entities import (
    METRIC_DIRECTIONS,
    Asset,
    Card,
    EmotionPoint,
    EmotionScale,
    Evidence,
    JourneyMap,
    Lane,
    MapContent,
    Metric,
    MetricValue,
    Persona,
    Project,
    ProjectData,
    ProjectSettings,
    ReviewNote,
    Snapshot,
    Stage,
    new_id,
    now_iso,
)
from .enums import (
    Channel,
    Confidence,
    EvidenceSource,
    LaneKind,
    LineAfter,
    MapType,
    NoteTarget,
    Series,
)
from .errors import (
    DamagedMapError,
    MapStudioError,
    ReadOnlyError,
    ValidationError,
    WriteError,
)
from .identity import IdMap, remap_map, remap_project
from .starter import starter_map
from .validation import (
    validate_card,
    validate_map,
    validate_point,
    validate_project,
    validate_settings,
)

__all__ = [
    "METRIC_DIRECTIONS", "Asset", "Card", "Channel", "EmotionPoint", "EmotionScale", "IdMap",
    "JourneyMap", "Lane",
    "LaneKind", "LineAfter", "MapContent", "MapStudioError", "MapType", "Metric", "Persona",
    "Project", "ProjectData", "ProjectSettings", "Series", "Snapshot", "Stage",
    "DamagedMapError", "ReadOnlyError", "ValidationError", "WriteError", "new_id", "now_iso",
    "validate_card", "validate_map", "validate_point",
    "validate_project", "validate_settings", "remap_map", "remap_project", "starter_map",
    "Confidence", "Evidence", "EvidenceSource", "MetricValue", "NoteTarget", "ReviewNote",
]
