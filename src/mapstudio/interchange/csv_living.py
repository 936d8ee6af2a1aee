"""CSV cells of a living map: evidence, confidence, KPI key, owners and review dates.

A card's sources are one cell, one source a line: `survey | 212 answers | https://…`
(the link part only when there is one). Line breaks inside a note become spaces and a
`|` inside a note or link becomes `¦`, so export → import → export stays identical.
"""

from __future__ import annotations

from ..model import Card, Confidence, Evidence, EvidenceSource, MapContent, Metric, Stage
from ..model.living import is_iso_date
from .csv_rows import Row

LIVING_COLUMNS = ("confidence", "evidence", "metric_key", "stage_owner", "map_owner",
                  "review_by")
LIVING_TEXT_COLUMNS = frozenset({"evidence", "metric_key", "stage_owner", "map_owner"})
_SEPARATOR = " | "


def _cell_part(text: str) -> str:
    return " ".join(text.replace("|", "¦").split())


def evidence_text(evidence: list[Evidence]) -> str:
    lines = []
    for e in evidence:
        parts = [str(e.source), _cell_part(e.note)]
        link = _cell_part(e.link)
        if link:
            parts.append(link)
        lines.append(_SEPARATOR.join(parts).rstrip())
    return "\n".join(lines)


def evidence_from(row: Row) -> list[Evidence]:
    out = []
    for line in row.text("evidence").splitlines():
        if not line.strip():
            continue
        source, note, link = ([p.strip() for p in line.split("|", 2)] + ["", ""])[:3]
        try:
            kind = EvidenceSource(source.lower().replace(" ", "_"))
        except ValueError:
            allowed = ", ".join(e.value for e in EvidenceSource)
            raise row.fail("evidence", f"{source!r} is not a source ({allowed})") from None
        out.append(Evidence(kind, note, link))
    return out


def card_cells(card: Card) -> dict:
    return {"confidence": "" if card.confidence is None else str(card.confidence),
            "evidence": evidence_text(card.evidence),
            "metric_key": card.metric.key if card.metric else ""}


def place_cells(content: MapContent, stage: Stage | None) -> dict:
    """The cells every row of a map repeats (map owner, review date; stage owner)."""
    cells = {"map_owner": content.map.owner, "review_by": content.map.review_by or ""}
    if stage is not None:
        cells["stage_owner"] = stage.owner
    return cells


def read_card(row: Row, card: Card) -> None:
    card.confidence = row.choice("confidence", Confidence, None)
    card.evidence = evidence_from(row)
    key = row.text("metric_key")
    if key and card.metric is None:
        card.metric = Metric(key=key)  # bound to data, its values still to come
    elif card.metric is not None:
        card.metric.key = key


def read_map(row: Row, content: MapContent) -> None:
    """The map's owner and review date, from the first row that gives them."""
    review_by = row.text("review_by")
    if review_by and not is_iso_date(review_by):
        raise row.fail("review_by", f"{review_by!r} is not a date (YYYY-MM-DD)")
    if not content.map.owner:
        content.map.owner = row.text("map_owner")
    if content.map.review_by is None and review_by:
        content.map.review_by = review_by


def read_stage(row: Row, stage: Stage) -> None:
    if not stage.owner:
        stage.owner = row.text("stage_owner")
