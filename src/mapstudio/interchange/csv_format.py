"""CSV: one row per card (and per emotion point) for spreadsheets; round-trips.

Columns are `COLUMNS`. `row_type` is `card`, `emotion`, or — only for stages, lanes and
maps that hold nothing, so an import keeps them — `stage`, `lane` or `map`. Stages and
lanes are identified by their position columns when present (names may repeat), else by
name in order of appearance. Lossy by nature: stage/lane styling, icons and images stay
in JSON. Export → import → export gives the identical text.

Free-text cells starting with = + - @ (or TAB or CR, which spreadsheets skip before such a
character) are written with a leading apostrophe so that a spreadsheet does not run them
as formulas; import removes it again.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from itertools import chain
from typing import TextIO

from ..model import MapContent, ProjectData
from .csv_import import import_rows
from .csv_living import LIVING_COLUMNS, LIVING_TEXT_COLUMNS, card_cells, place_cells
from .errors import InterchangeError

COLUMNS = (
    "row_type", "map", "map_type", "stage", "stage_position", "lane", "lane_kind",
    "lane_position", "position", "span", "title", "body", "colour", "channel", "owner",
    "tags", "severity", "impact", "effort", "metric_name", "metric_value", "metric_target",
    "metric_unit", "metric_direction", "link", "moment_of_truth", "persona", "score", "series",
    "scale", *LIVING_COLUMNS,
)
TEXT_COLUMNS = frozenset({"map", "stage", "lane", "title", "body", "channel", "owner", "tags",
                          "metric_name", "metric_unit", "link", "persona",
                          *LIVING_TEXT_COLUMNS})
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def number_text(value) -> str:
    if value is None:
        return ""
    return repr(value) if isinstance(value, float) else str(value)


def protect(text: str) -> str:
    """Defuse spreadsheet formulas; `unprotect` in the importer reverses it exactly."""
    if text.startswith(FORMULA_START) or text.startswith("'"):
        return "'" + text
    return text


def tags_text(tags: list[str]) -> str:
    """Semicolon-joined; tags are trimmed, empty ones dropped, inner ';' become ','."""
    cleaned = (t.replace(";", ",").strip() for t in tags)
    return ";".join(t for t in cleaned if t)


def _map_rows(content: MapContent, persona_names: dict[str, str]) -> list[dict]:
    m = content.map
    stages = {s.id: s for s in content.stages}
    lanes = {x.id: x for x in content.lanes}
    base = {"map": m.title, "map_type": m.map_type.value, **place_cells(content, None)}

    def place(lane_id: str, stage_id: str) -> dict:
        stage, lane = stages[stage_id], lanes[lane_id]
        return {**base, "stage": stage.name, "stage_position": stage.position,
                "stage_owner": stage.owner, "lane": lane.title, "lane_kind": lane.kind.value,
                "lane_position": lane.position}

    used_stages = {x.stage_id for x in (*content.cards, *content.emotion_points)}
    used_lanes = {x.lane_id for x in (*content.cards, *content.emotion_points)}
    rows = []
    if not content.stages and not content.lanes:
        rows.append({"row_type": "map", **base})
    rows += [{"row_type": "stage", **base, "stage": s.name, "stage_position": s.position,
              "stage_owner": s.owner} for s in content.stages if s.id not in used_stages]
    rows += [{"row_type": "lane", **base, "lane": x.title, "lane_kind": x.kind.value,
              "lane_position": x.position} for x in content.lanes if x.id not in used_lanes]
    for c in sorted(content.cards, key=lambda c: (lanes[c.lane_id].position,
                                                  stages[c.stage_id].position, c.position)):
        metric = c.metric
        rows.append({
            "row_type": "card", **place(c.lane_id, c.stage_id), "position": c.position,
            "span": c.span, "title": c.title, "body": c.body, "colour": c.colour,
            "channel": c.channel, "owner": c.owner, "tags": tags_text(c.tags),
            "severity": c.severity, "impact": c.impact, "effort": c.effort,
            "metric_name": metric.name if metric else "",
            "metric_value": number_text(metric.value) if metric else "",
            "metric_target": number_text(metric.target) if metric else "",
            "metric_unit": metric.unit if metric else "",
            "metric_direction": (metric.direction or "") if metric else "", "link": c.link,
            "moment_of_truth": "yes" if c.moment_of_truth else "",
            "persona": persona_names.get(c.persona_id or "", ""), **card_cells(c),
        })
    for p in sorted(content.emotion_points, key=lambda p: (
            lanes[p.lane_id].position, stages[p.stage_id].position, p.series.value,
            persona_names.get(p.persona_id or "", ""), p.position)):
        rows.append({
            "row_type": "emotion", **place(p.lane_id, p.stage_id), "position": p.position,
            "title": p.label, "persona": persona_names.get(p.persona_id or "", ""),
            "score": number_text(p.score), "series": p.series.value,
            "scale": f"{m.scale.min}..{m.scale.max}",
        })
    return rows


def export_csv(data: ProjectData) -> str:
    """All maps of the project as CSV text (RFC 4180, CRLF line ends, header row)."""
    persona_names = {p.id: p.name for p in data.personas}
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, restval="", extrasaction="raise")
    writer.writeheader()
    for content in sorted(data.maps, key=lambda m: m.map.position):
        for row in _map_rows(content, persona_names):
            writer.writerow({k: "" if v is None else
                             (protect(v) if k in TEXT_COLUMNS else v) for k, v in row.items()})
    return out.getvalue()


def _delimiter(header_line: str) -> str:
    """Comma, semicolon (European spreadsheets) or tab: whichever splits the header best."""
    known = set(COLUMNS)

    def score(delimiter: str) -> int:
        return sum(cell.strip().strip('"').lower() in known
                   for cell in header_line.split(delimiter))
    return max((",", ";", "\t"), key=score)


def _records(reader) -> Iterator[list[str]]:
    """The reader's rows; a malformed row or undecodable byte becomes one clear error."""
    try:
        yield from reader
    except csv.Error as exc:
        raise InterchangeError(f"not valid CSV: line {reader.line_num}: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise InterchangeError(f"not UTF-8 text (after line {reader.line_num}); save it as "
                               "UTF-8 and try again") from exc


def import_csv(source: str | TextIO, title: str = "Imported project") -> ProjectData:
    """A project built from CSV rows: maps, stages, lanes and personas by name; new ids.

    `source` is the text or a text stream opened with newline="" (read row by row, so a
    file of a million rows is never held in memory as a whole).
    """
    stream = io.StringIO(source, newline="") if isinstance(source, str) else source
    try:
        first = stream.readline().removeprefix("\ufeff")
        while first and not first.strip():
            first = stream.readline()
    except UnicodeDecodeError as exc:
        raise InterchangeError("not UTF-8 text (in the header row); save it as UTF-8 and "
                               "try again") from exc
    if not first.strip():
        raise InterchangeError("CSV is empty")
    reader = csv.reader(chain([first], stream), delimiter=_delimiter(first), strict=True)
    records = _records(reader)
    header = next(records, [])
    header = [h.strip().lower().replace(" ", "_") for h in header]
    return import_rows(header, records, title)
