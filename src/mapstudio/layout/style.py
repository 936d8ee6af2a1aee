"""Sizes and colours of a laid-out map; one style for screen and paper."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import LaneKind
from .text import FontSpec

# (row tint, card fill, card accent) per lane kind: muted, print-friendly.
LANE_COLOURS = {
    LaneKind.TEXT: ("#f8fafc", "#ffffff", "#64748b"),
    LaneKind.TOUCHPOINTS: ("#eff6ff", "#ffffff", "#2563eb"),
    LaneKind.ACTIONS: ("#eef2ff", "#ffffff", "#4f46e5"),
    LaneKind.THOUGHTS: ("#faf5ff", "#fdf4ff", "#9333ea"),
    LaneKind.EMOTIONS: ("#fffbeb", "#ffffff", "#d97706"),
    LaneKind.PAIN_POINTS: ("#fef2f2", "#fff1f2", "#dc2626"),
    LaneKind.OPPORTUNITIES: ("#f0fdf4", "#f0fdf4", "#16a34a"),
    LaneKind.CHANNELS: ("#f0f9ff", "#ffffff", "#0284c7"),
    LaneKind.KPIS: ("#fdf4ff", "#ffffff", "#a21caf"),
    LaneKind.BACKSTAGE: ("#f1f5f9", "#ffffff", "#475569"),
    LaneKind.SYSTEMS: ("#f8fafc", "#ffffff", "#334155"),
    LaneKind.STORYBOARD: ("#fff7ed", "#ffffff", "#ea580c"),
    LaneKind.OWNERS: ("#f7fee7", "#ffffff", "#4d7c0f"),
}
SEVERITY_COLOURS = ("#fde68a", "#fcd34d", "#fb923c", "#f87171", "#dc2626")
SERIES_FALLBACK = ("#f97316", "#0ea5e9", "#8b5cf6", "#10b981", "#e11d48", "#64748b")


@dataclass(frozen=True)
class LayoutStyle:
    margin: float = 24.0
    title_height: float = 58.0
    stage_header_height: float = 46.0
    phase_height: float = 24.0
    lane_header_width: float = 168.0
    cell_padding: float = 8.0
    card_gap: float = 6.0
    card_padding: float = 7.0
    min_lane_height: float = 62.0
    emotion_lane_height: float = 150.0
    badge_height: float = 13.0
    title_font: FontSpec = field(default_factory=lambda: FontSpec(True, 18))
    subtitle_font: FontSpec = field(default_factory=lambda: FontSpec(False, 10))
    stage_font: FontSpec = field(default_factory=lambda: FontSpec(True, 11))
    stage_note_font: FontSpec = field(default_factory=lambda: FontSpec(False, 8))
    lane_font: FontSpec = field(default_factory=lambda: FontSpec(True, 10))
    lane_kind_font: FontSpec = field(default_factory=lambda: FontSpec(False, 8))
    card_title_font: FontSpec = field(default_factory=lambda: FontSpec(True, 9))
    card_body_font: FontSpec = field(default_factory=lambda: FontSpec(False, 8))
    badge_font: FontSpec = field(default_factory=lambda: FontSpec(True, 7))
    phase_font: FontSpec = field(default_factory=lambda: FontSpec(True, 9))
    caption_font: FontSpec = field(default_factory=lambda: FontSpec(False, 7))  # card owner
    point_label_font: FontSpec = field(default_factory=lambda: FontSpec(False, 7))
    tick_font: FontSpec = field(default_factory=lambda: FontSpec(False, 7))  # emotion scale
    tick_colour: str = "#94a3b8"
    blueprint_font: FontSpec = field(default_factory=lambda: FontSpec(True, 8))
    legend_font: FontSpec = field(default_factory=lambda: FontSpec(False, 8))
    chip_font: FontSpec = field(default_factory=lambda: FontSpec(True, 9))
    avatar_size: float = 22.0
    point_radius: float = 5.0
    blueprint_colour: str = "#0f766e"
    stage_fill: str = "#1e3a5f"
    phase_fill: str = "#dbe4f0"
    phase_text: str = "#1e3a5f"
    stage_text: str = "#ffffff"
    lane_header_fill: str = "#f1f5f9"
    grid_line: str = "#cbd5e1"
    text_colour: str = "#1f2937"
    muted_text: str = "#64748b"


DEFAULT_STYLE = LayoutStyle()
