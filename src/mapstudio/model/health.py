"""The health check: advice on what keeps a map from being true, owned and useful.

A map that nobody owns, that is past its review date, whose pain points have no answer,
whose cards rest on assumptions or whose KPIs have no target or no fresh value goes
stale. Each finding names its kind, the map, and the card, stage or map it concerns, in
one line. Pure: the CLI (`check --health`) and the Health panel share it; the one finding
that needs a text measure ("overflows its card in print") lives in `layout.overflow`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta

from .entities import Card, MapContent
from .enums import LaneKind
from .living import is_assumption, is_overdue

REVIEW_OVERDUE = "review-overdue"
NO_OWNER = "map-without-owner"
PAIN_WITHOUT_OPPORTUNITY = "pain-without-opportunity"
OPPORTUNITY_WITHOUT_OWNER = "opportunity-without-owner"
ASSUMPTIONS = "assumptions"
KPI_WITHOUT_TARGET = "kpi-without-target"
KPI_STALE = "kpi-stale"
STAGE_WITHOUT_TOUCHPOINT = "stage-without-touchpoint"
TEXT_OVERFLOW = "text-overflow"
KINDS = (REVIEW_OVERDUE, NO_OWNER, PAIN_WITHOUT_OPPORTUNITY, OPPORTUNITY_WITHOUT_OWNER,
         ASSUMPTIONS, KPI_WITHOUT_TARGET, KPI_STALE, STAGE_WITHOUT_TOUCHPOINT, TEXT_OVERFLOW)
STALE_AFTER_DAYS = 90  # a KPI's newest value older than this is no longer the truth
TOUCHPOINT_LANES = (LaneKind.TOUCHPOINTS, LaneKind.CHANNELS)


@dataclass(frozen=True)
class Finding:
    kind: str
    target_id: str  # the card, stage or map it concerns
    map_id: str
    message: str
    target: str = "card"  # card | stage | map

    def as_dict(self) -> dict:
        return asdict(self)


def _name(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[:limit - 1] + "…")


def _card_name(card: Card) -> str:
    return _name(card.title or card.body or (card.metric.name if card.metric else "")
                 or "untitled")


def _stage_spans(content: MapContent) -> dict[str, set[str]]:
    """The stages each card covers (a card spanning three stages is in all three)."""
    order = [s.id for s in content.stages]
    index = {sid: i for i, sid in enumerate(order)}
    return {c.id: set(order[index[c.stage_id]:index[c.stage_id] + max(1, c.span)])
            for c in content.cards if c.stage_id in index}


def is_unevidenced(card: Card) -> bool:
    """A card with no evidence: nothing cited and not judged, or only assumptions."""
    return is_assumption(card) or (card.confidence is None and not card.evidence)


def map_findings(content: MapContent, today: date | None = None) -> list[Finding]:
    """Every finding of one map (except print overflow), map first, then stage order."""
    today = today or date.today()
    m, out = content.map, []
    if not m.owner.strip():
        out.append(Finding(NO_OWNER, m.id, m.id, f"map {_name(m.title)} has no owner",
                           "map"))
    if is_overdue(m, today):
        out.append(Finding(REVIEW_OVERDUE, m.id, m.id,
                           f"map {_name(m.title)} was due for review on {m.review_by}", "map"))
    kinds = {lane.id: lane.kind for lane in content.lanes}
    spans = _stage_spans(content)
    stage_names = {s.id: s.name for s in content.stages}
    covered = {sid for c in content.cards if kinds.get(c.lane_id) == LaneKind.OPPORTUNITIES
               for sid in spans.get(c.id, ())}
    for card in content.cards:
        kind = kinds.get(card.lane_id)
        if kind == LaneKind.PAIN_POINTS and not spans.get(card.id, set()) & covered:
            out.append(Finding(PAIN_WITHOUT_OPPORTUNITY, card.id, m.id,
                               f"pain point {_card_name(card)} has no opportunity in stage "
                               f"{_name(stage_names.get(card.stage_id, ''))}"))
        if kind == LaneKind.OPPORTUNITIES and not card.owner.strip():
            out.append(Finding(OPPORTUNITY_WITHOUT_OWNER, card.id, m.id,
                               f"opportunity {_card_name(card)} has no owner"))
        if kind == LaneKind.KPIS or card.metric is not None:
            out += _kpi_findings(card, m.id, today)
    out += _stage_findings(content, kinds, spans)
    return out


def _kpi_findings(card: Card, map_id: str, today: date) -> list[Finding]:
    metric = card.metric
    out = []
    if metric is None or metric.target is None:
        out.append(Finding(KPI_WITHOUT_TARGET, card.id, map_id,
                           f"KPI {_card_name(card)} has no target"))
    if metric is None or not (metric.key or metric.history):
        return out
    latest = max((_parse_date(v.date) for v in metric.history), default=None, key=_sortable)
    if latest is None:
        out.append(Finding(KPI_STALE, card.id, map_id,
                           f"KPI {_card_name(card)} is bound to {metric.key!r} but has no "
                           "values yet"))
    elif latest < today - timedelta(days=STALE_AFTER_DAYS):
        out.append(Finding(KPI_STALE, card.id, map_id,
                           f"KPI {_card_name(card)} was last measured on "
                           f"{latest.isoformat()} ({(today - latest).days} days ago)"))
    return out


def _stage_findings(content: MapContent, kinds: dict, spans: dict) -> list[Finding]:
    m, out = content.map, []
    has_touchpoint_lane = any(k in TOUCHPOINT_LANES for k in kinds.values())
    touched = {sid for c in content.cards
               if kinds.get(c.lane_id) in TOUCHPOINT_LANES or c.channel
               for sid in spans.get(c.id, ())}
    per_stage: dict[str, list[Card]] = {}
    for card in content.cards:
        if kinds.get(card.lane_id) != LaneKind.EMOTIONS:
            per_stage.setdefault(card.stage_id, []).append(card)
    for stage in content.stages:
        cards = per_stage.get(stage.id, [])
        weak = [c for c in cards if is_unevidenced(c)]
        if weak:
            out.append(Finding(ASSUMPTIONS, stage.id, m.id,
                               f"{len(weak)} of {len(cards)} cards in stage "
                               f"{_name(stage.name)} have no evidence (assumptions)",
                               "stage"))
        if has_touchpoint_lane and stage.id not in touched:
            out.append(Finding(STAGE_WITHOUT_TOUCHPOINT, stage.id, m.id,
                               f"stage {_name(stage.name)} has no touchpoint", "stage"))
    return out


def _parse_date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10])
    except (TypeError, ValueError):
        return None


def _sortable(value: date | None) -> date:
    return value or date.min


def count_by_kind(findings: list[Finding]) -> dict[str, int]:
    out: dict[str, int] = {}
    for f in findings:
        out[f.kind] = out.get(f.kind, 0) + 1
    return out
