"""Words the layout and the printed page furniture put on a map, in English by default.

The layout is pure, so it cannot ask Qt for translations: callers pass a `labels` mapping
(key -> text) and missing keys fall back to the English text below. The canvas builds the
mapping with `QCoreApplication.translate("Layout", text)` over `LABELS` (so the strings are
extracted into the .ts files); the exporters load the catalogue of the print language.
Texts with placeholders use `{0}`, `{1}`… (str.format), which translators keep.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..model import LaneKind, MapType

LANE_KIND_LABELS = {
    LaneKind.TEXT: "Notes", LaneKind.TOUCHPOINTS: "Touchpoints", LaneKind.ACTIONS: "Actions",
    LaneKind.THOUGHTS: "Thoughts", LaneKind.EMOTIONS: "Emotions",
    LaneKind.PAIN_POINTS: "Pain points", LaneKind.OPPORTUNITIES: "Opportunities",
    LaneKind.CHANNELS: "Channels", LaneKind.KPIS: "KPIs", LaneKind.BACKSTAGE: "Backstage",
    LaneKind.SYSTEMS: "Systems", LaneKind.STORYBOARD: "Storyboard", LaneKind.OWNERS: "Owners",
}
MAP_TYPE_LABELS = {
    MapType.CURRENT_STATE: "Current state", MapType.FUTURE_STATE: "Future state",
    MapType.DAY_IN_THE_LIFE: "Day in the life", MapType.SERVICE_BLUEPRINT: "Service blueprint",
}
BLUEPRINT_LABELS = {
    "interaction": "Line of interaction",
    "visibility": "Line of visibility",
    "internal": "Line of internal interaction",
}
CHANNEL_NAMES = {
    "web": "Web", "mobile_app": "Mobile app", "email": "Email", "phone": "Phone",
    "store": "Store", "chat": "Chat", "social": "Social", "ads": "Ads", "search": "Search",
    "mail": "Mail", "partner": "Partner", "kiosk": "Kiosk", "sms": "SMS", "video": "Video",
    "in_person": "In person",
}

LABELS: dict[str, str] = {
    **{f"kind.{k.value}": text for k, text in LANE_KIND_LABELS.items()},
    **{f"map_type.{t.value}": text for t, text in MAP_TYPE_LABELS.items()},
    **{f"line.{k}": text for k, text in BLUEPRINT_LABELS.items()},
    **{f"channel.{k}": text for k, text in CHANNEL_NAMES.items()},
    # map header and cards
    "personas": "Personas: {0}",
    "series.customer": "Customer",
    "series.to_be": "{0} (to-be)",
    "severity": "Severity {0}",
    "impact": "Impact {0}",
    "effort": "Effort {0}",
    "metric.target": "{0} / target {1}",
    "moment": "Moment of truth",
    "link.findings": "{0} findings",
    "link.kpis": "KPIs {0}/{1} on target",
    "owner": "Owner: {0}",
    "review_by": "Review by {0}",
    "review_overdue": "Review overdue since {0}",
    # the review-notes appendix of a print
    "notes.title": "Review notes — {0}",
    "notes.card": "Card “{0}”",
    "notes.stage": "Stage “{0}”",
    "notes.resolved": "resolved",
    "evidence.validated": "Validated",
    "evidence.some_evidence": "Some evidence",
    "evidence.assumed": "Assumption",
    # page furniture
    "page": "Page {0} of {1}",
    "version": "Version {0}",
    "map_of": "Map {0} of {1}",
    "emotion_scale": "Emotion {0} … {1}",
    "date": "{0} {1} {2}",  # day, month name, year
    "months": "January February March April May June July August September October "
              "November December",
    "persona.age": "{0} years",
    "persona.about": "About",
    "persona.goals": "Goals",
    "persona.frustrations": "Frustrations",
    "persona.motivations": "Motivations",
    "persona.market_size": "Market size",
    "persona.technology": "Technology",
    "persona.channels": "Channels",
    "tiles.title": "Assembly overview",
    "tiles.summary": "{0} — {1} sheets of {2} {3} ({4} rows × {5} columns), poster {6} × {7} "
                     "mm, overlap {8} mm",
    "orientation.landscape": "landscape",
    "orientation.portrait": "portrait",
    "tiles.howto": "Trim each sheet along its crop marks on the left and top edges (not on "
                   "the first column or row), lay it over its neighbour's overlap strip and "
                   "align the registration marks.",
    "tiles.sheet": "Row {0} · Column {1}",
    "tiles.page": "page {0}",
    "tiles.overlap": "overlap {0} mm",
}


class Labels:
    """Translated texts by key with English fallbacks; `labels("severity", 3)` formats.

    `language` (a code such as "ru") is the language the texts are in: numbers and money
    on the map are written the way it writes them (decimal comma, where € goes).
    """

    def __init__(self, texts: Mapping[str, str] | None = None, language: str = "en") -> None:
        self._texts = dict(LABELS)
        self.language = language or "en"
        if texts:
            self._texts.update({k: v for k, v in texts.items() if k in LABELS and v})

    def __call__(self, key: str, *args) -> str:
        text = self._texts[key]
        if not args:
            return text
        try:
            return text.format(*args)
        except (IndexError, KeyError, ValueError):  # a broken translation: use English
            return LABELS[key].format(*args)

    def _named(self, prefix: str, value) -> str:
        key = f"{prefix}.{value}"
        return self(key) if key in LABELS else str(value)

    def kind(self, kind) -> str:
        return self._named("kind", kind)

    def map_type(self, map_type) -> str:
        return self._named("map_type", map_type)

    def channel(self, name: str) -> str:
        return self._named("channel", name)

    def date(self, day: int, month: int, year: int) -> str:
        months = self("months").split()
        if len(months) != 12:
            months = LABELS["months"].split()
        return self("date", day, months[month - 1], year)

    def __eq__(self, other) -> bool:
        return isinstance(other, Labels) and other._texts == self._texts \
            and other.language == self.language

    def __hash__(self) -> int:
        return hash((self.language, tuple(sorted(self._texts.items()))))


ENGLISH = Labels()


def as_labels(labels: Labels | Mapping[str, str] | None) -> Labels:
    if labels is None:
        return ENGLISH
    return labels if isinstance(labels, Labels) else Labels(labels)
