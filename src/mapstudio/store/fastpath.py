"""Hot paths of the store on the driver connection: bulk card rows in and out.

A 5,000-card map must open and save at close to raw sqlite3 speed, so these bypass
SQLAlchemy's per-row processing; column order follows the Card dataclass exactly.
"""

from __future__ import annotations

import json

from ..model import Card, EmotionPoint, Metric, Series

CARD_FIELDS = ("lane_id", "stage_id", "id", "position", "span", "title", "body", "colour",
               "icon", "channel", "owner", "tags", "severity", "impact", "effort", "metric",
               "image_asset_id", "link", "persona_id", "moment_of_truth")
POINT_FIELDS = ("lane_id", "stage_id", "score", "id", "position", "persona_id", "series",
                "label")
SELECT_CARDS = f"SELECT {', '.join(CARD_FIELDS)} FROM card WHERE map_id = ?"
SELECT_POINTS = f"SELECT {', '.join(POINT_FIELDS)} FROM emotion_point WHERE map_id = ?"
INSERT_CARD = (f"INSERT INTO card (map_id, {', '.join(CARD_FIELDS)}) "
               f"VALUES ({', '.join('?' * (len(CARD_FIELDS) + 1))})")
INSERT_POINT = (f"INSERT INTO emotion_point (map_id, {', '.join(POINT_FIELDS)}) "
                f"VALUES ({', '.join('?' * (len(POINT_FIELDS) + 1))})")
_loads = json.loads


def card_from_tuple(row: tuple) -> Card:
    r = list(row)
    r[11] = [] if r[11] in (None, "[]") else _loads(r[11])
    if r[15] is not None:
        metric = _loads(r[15])
        r[15] = Metric(**metric) if metric else None
    r[19] = bool(r[19])
    return Card(*r)


def card_to_tuple(map_id: str, c: Card) -> tuple:
    metric = None if c.metric is None else json.dumps(
        {"name": c.metric.name, "value": c.metric.value, "target": c.metric.target,
         "unit": c.metric.unit})
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
