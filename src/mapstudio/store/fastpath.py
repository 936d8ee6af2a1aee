"""Hot paths of the store on the driver connection: bulk card rows in and out.

A 5,000-card map must open and save at close to raw sqlite3 speed, so these bypass
SQLAlchemy's per-row processing; column order follows the Card dataclass exactly.
"""

from __future__ import annotations

import json

from ..model import Card, EmotionPoint, Series
from .rows import metric_from, metric_json

CARD_FIELDS = ("lane_id", "stage_id", "id", "position", "span", "title", "body", "colour",
               "icon", "channel", "owner", "tags", "severity", "impact", "effort", "metric",
               "image_asset_id", "link", "persona_id", "moment_of_truth")
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
_loads = json.loads
_raw_decode = json.JSONDecoder().raw_decode


def _decode(text: str):
    """json.loads without its per-call checks; stored JSON never starts with spaces."""
    try:
        return _raw_decode(text)[0]
    except ValueError:
        return _loads(text)


def card_from_tuple(row: tuple) -> Card:
    return cards_from_rows([row])[0]


def cards_from_rows(rows: list[tuple]) -> list[Card]:
    """Cards from SELECT_CARDS rows. Tags and metrics repeat a lot within a map, so each
    distinct JSON text is decoded once per call (the objects themselves are not shared)."""
    tags_seen: dict[str, tuple] = {}
    metrics_seen: dict[str, dict | None] = {}
    cards = []
    append = cards.append
    for row in rows:
        r = list(row)
        tags = r[11]
        if tags is None or tags == "[]":
            r[11] = []
        else:
            known = tags_seen.get(tags)
            if known is None:
                known = tags_seen[tags] = tuple(_decode(tags))
            r[11] = list(known)
        metric = r[15]
        if metric is not None:
            if metric in metrics_seen:
                fields = metrics_seen[metric]
            else:
                fields = metrics_seen[metric] = _decode(metric)
            r[15] = metric_from(fields)
        r[19] = bool(r[19])
        append(Card(*r))
    return cards


def card_to_tuple(map_id: str, c: Card) -> tuple:
    metric = None if c.metric is None else json.dumps(metric_json(c.metric))
    return (map_id, c.lane_id, c.stage_id, c.id, c.position, c.span, c.title, c.body,
            c.colour, c.icon, c.channel, c.owner, json.dumps(list(c.tags)), c.severity,
            c.impact, c.effort, metric, c.image_asset_id, c.link, c.persona_id,
            bool(c.moment_of_truth))


def point_from_tuple(row: tuple) -> EmotionPoint:
    r = list(row)
    r[6] = Series(r[6])
    return EmotionPoint(*r)


def point_to_tuple(map_id: str, p: EmotionPoint) -> tuple:
    return (map_id, p.lane_id, p.stage_id, p.score, p.id, p.position, p.persona_id,
            str(p.series.value if hasattr(p.series, "value") else p.series), p.label)
