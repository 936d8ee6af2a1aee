"""Hot paths of the store on the driver connection: bulk card rows in and out.

A 5,000-card map must open and save at close to raw sqlite3 speed, so these bypass
SQLAlchemy's per-row processing; column order follows the Card dataclass exactly.
"""

from __future__ import annotations

import json
from dataclasses import fields, replace
from types import SimpleNamespace

from ..model import METRIC_DIRECTIONS, Card, Confidence, EmotionPoint, Evidence, Metric
from ..model.limits import MAX_TEXT
from ..model.validation import is_colour
from ..model.values import MAX_ID, MAX_INT
from .living_rows import evidence_from, evidence_json
from .reading import RowError, checked, clean_texts, json_object, short, text_list
from .rows import card_from, metric_from, metric_json, point_from

# the file's card columns, in the Card dataclass's order (a new field is added there)
CARD_FIELDS = tuple(f.name for f in fields(Card))
C = SimpleNamespace(**{name: i for i, name in enumerate(CARD_FIELDS)})  # column indexes
POINT_FIELDS = ("lane_id", "stage_id", "score", "id", "position", "persona_id", "series",
                "label")
SELECT_CARDS = f"SELECT {', '.join(CARD_FIELDS)} FROM card WHERE map_id = ?"
# one card plus what validating an edit needs: its map, its stage index, the stage count
SELECT_CARD_FOR_EDIT = (
    f"SELECT {', '.join('card.' + f for f in CARD_FIELDS)}, card.map_id, stage.position, "
    "(SELECT COUNT(*) FROM stage AS s2 WHERE s2.map_id = card.map_id) "
    "FROM card JOIN stage ON stage.id = card.stage_id WHERE card.id = ?")
SELECT_POINTS = f"SELECT {', '.join(POINT_FIELDS)} FROM emotion_point WHERE map_id = ?"
INSERT_CARD = (f"INSERT INTO card (map_id, {', '.join(CARD_FIELDS)}) "
               f"VALUES ({', '.join('?' * (len(CARD_FIELDS) + 1))})")
INSERT_POINT = (f"INSERT INTO emotion_point (map_id, {', '.join(POINT_FIELDS)}) "
                f"VALUES ({', '.join('?' * (len(POINT_FIELDS) + 1))})")
_NONE = type(None)
# the card's id and text that may not be NULL; lane_id and stage_id are checked by
# being ids of this map's lanes and stages (map_reading), which were checked themselves
_IDS = (C.id,)
_TEXTS = (C.title, C.body, C.colour, C.icon, C.channel, C.owner, C.link)
_RATINGS = (C.severity, C.impact, C.effort)
_OPTIONAL_IDS = (C.image_asset_id, C.persona_id, C.linked_map_id)
_CONFIDENCES = frozenset({None, *(c.value for c in Confidence)})


def card_from_tuple(row: tuple) -> Card:
    return cards_from_rows([row])[0]


def _columns_ok(cols: list[tuple]) -> bool:
    """Every value of every column (of SELECT_CARDS rows) of the right type and within
    bounds, checked a column at a time: a few milliseconds for 5,000 cards. False sends
    the rows to `card_from`, which names the row and the field."""
    if not clean_texts([cols[i] for i in (*_IDS, *_TEXTS)]):
        return False
    if set(map(type, cols[C.lane_id])) != {str} or set(map(type, cols[C.stage_id])) != {str}:
        return False
    for i in _IDS:
        if max(map(len, cols[i])) > MAX_ID:
            return False
    for i in _TEXTS:
        if max(map(len, cols[i])) > MAX_TEXT:
            return False
    for i, low in ((C.position, 0), (C.span, 1)):  # position from 0, span from 1
        if set(map(type, cols[i])) != {int} or min(cols[i]) < low or max(cols[i]) > MAX_INT:
            return False
    for i in _RATINGS:
        kinds = set(map(type, cols[i]))
        if kinds - {int, _NONE}:
            return False
        values = [v for v in cols[i] if v is not None] if _NONE in kinds else cols[i]
        if values and (min(values) < 1 or max(values) > 5):
            return False
    for i in _OPTIONAL_IDS:
        values = [v for v in cols[i] if v is not None]
        if values and (not clean_texts([values]) or max(map(len, values)) > MAX_ID):
            return False
    truth = cols[C.moment_of_truth]
    return (set(map(type, truth)) == {int} and set(truth) <= {0, 1}
            and set(map(type, cols[C.tags])) <= {str, _NONE}
            and set(map(type, cols[C.evidence])) <= {str, _NONE}
            and set(cols[C.confidence]) <= _CONFIDENCES
            and set(map(type, cols[C.metric])) <= {str, _NONE}
            and all(map(is_colour, set(cols[C.colour]))))


def cards_from_rows(rows: list[tuple]) -> list[Card]:
    """Cards from SELECT_CARDS rows, every value checked (RowError names the first bad
    one), built a column at a time. Tags and metrics repeat a lot within a map, so each
    distinct JSON text is decoded and checked once per call (the objects themselves are
    not shared)."""
    if not rows:
        return []
    cols = list(zip(*rows, strict=True))
    if not _columns_ok(cols):
        for row in rows:  # the slow way, only to say which row is wrong and how
            card_from(dict(zip(CARD_FIELDS, row, strict=True)))
        raise RowError("card", None, "", message="card rows: values out of range")
    ids, tag_texts = cols[C.id], cols[C.tags]
    metric_texts, evidence_texts = cols[C.metric], cols[C.evidence]
    tags_seen = {text: tuple(_tags(text, ids[tag_texts.index(text)]))
                 for text in set(tag_texts) - {None}}
    evidence_seen = {text: _evidence(text, ids[evidence_texts.index(text)])
                     for text in set(evidence_texts) - {None, "[]"}}
    metrics_seen = {text: _metric(text, ids[metric_texts.index(text)])
                    for text in set(metric_texts) - {None}}
    tags = [[] if text is None else list(tags_seen[text]) for text in tag_texts]
    metrics = [None if text is None else _copy(metrics_seen[text]) for text in metric_texts]
    cols[C.tags], cols[C.metric] = tags, metrics
    cols[C.moment_of_truth] = list(map(bool, cols[C.moment_of_truth]))
    cols[C.evidence] = [[replace(e) for e in evidence_seen[text]] if text in evidence_seen else []
                for text in evidence_texts]
    cols[C.confidence] = [None if c is None else Confidence(c) for c in cols[C.confidence]]
    return list(map(Card, *cols))


def _copy(m: Metric | None) -> Metric | None:
    return None if m is None else Metric(m.name, m.value, m.target, m.unit, m.direction,
                                         m.key)


def _evidence(text: str, row_id) -> list[Evidence]:
    evidence = evidence_from(text, row_id)
    checked(Card(lane_id="", stage_id="", evidence=evidence), "card", row_id)
    return evidence


def _tags(text: str, row_id) -> list[str]:
    tags = text_list(text, "card", row_id, "tags")
    checked(Card(lane_id="", stage_id="", tags=tags), "card", row_id)
    return tags


def _metric(text: str, row_id) -> Metric | None:
    metric = metric_from(json_object(text, "card", row_id, "metric", optional=True))
    card = checked(Card(lane_id="", stage_id="", metric=metric), "card", row_id)
    if metric is not None and metric.direction not in (None, *METRIC_DIRECTIONS):
        raise RowError("card", row_id, f"metric.direction is {short(metric.direction)} "
                                       "(expected higher, lower or none)")
    return card.metric


def card_to_tuple(map_id: str, c: Card) -> tuple:
    metric = None if c.metric is None else json.dumps(metric_json(c.metric))
    return (map_id, c.lane_id, c.stage_id, c.id, c.position, c.span, c.title, c.body,
            c.colour, c.icon, c.channel, c.owner, json.dumps(list(c.tags)), c.severity,
            c.impact, c.effort, metric, c.image_asset_id, c.link, c.persona_id,
            bool(c.moment_of_truth), evidence_json(c.evidence),
            None if c.confidence is None else str(c.confidence), c.linked_map_id)


def point_from_tuple(row: tuple) -> EmotionPoint:
    return point_from(dict(zip(POINT_FIELDS, row, strict=True)))


def point_to_tuple(map_id: str, p: EmotionPoint) -> tuple:
    return (map_id, p.lane_id, p.stage_id, p.score, p.id, p.position, p.persona_id,
            str(p.series.value if hasattr(p.series, "value") else p.series), p.label)
