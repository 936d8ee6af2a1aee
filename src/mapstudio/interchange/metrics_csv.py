"""Dated KPI values from a CSV file: what `mapstudio metrics` and Map ▸ Update metrics… read.

Three layouts are recognised from the header (names compared without case, spaces,
dashes or underscores):
- long: one value a row, columns key, value, date (also metric / kpi / name for the key,
  day / period for the date), in any order, other columns ignored;
- analytics exports such as GA4's "Date,Metric,Value" (its "#" comment lines skipped,
  its 20240131 dates read);
- wide: a date column then one column per metric key ("date,nps,conversion").
Dates may be 2024-01-31, 20240131, 2024/01/31, a timestamp (its day is kept) or a month
2024-01 (its first day). Values may carry a % sign, spaces between thousands, or a
decimal comma. Every bad row is reported by its line; nothing is returned half-read.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from .errors import InterchangeError

KEY_NAMES = ("key", "metrickey", "metric", "kpi", "metricname", "name", "eventname")
VALUE_NAMES = ("value", "metricvalue", "count", "total", "amount")
DATE_NAMES = ("date", "day", "period", "timestamp", "time", "month", "week")
MAX_REPORTED = 20  # problems listed before "and N more"
INF = float("inf")

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SLASHED = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")


class MetricRow(NamedTuple):  # a tuple: ten thousand of them are made in a blink
    line: int  # 1-based line of the file, as an editor shows it
    key: str
    date: str  # YYYY-MM-DD
    value: float


@dataclass(frozen=True)
class MetricTable:
    layout: str  # long | wide
    rows: tuple[MetricRow, ...]

    def keys(self) -> set[str]:
        return {r.key for r in self.rows}


def _norm(name: str) -> str:
    return re.sub(r"[\s_\-]+", "", name.strip().lstrip("\ufeff").casefold())


@lru_cache(maxsize=4096)  # a file names few days, each on many rows
def parse_date(text: str) -> str | None:
    """The day a cell names, as YYYY-MM-DD; None when it names none."""
    text = text.strip()
    for pattern, build in ((_COMPACT, lambda m: (m[1], m[2], m[3])),
                           (_SLASHED, lambda m: (m[1], m[2], m[3])),
                           (_MONTH, lambda m: (m[1], m[2], "1"))):
        found = pattern.match(text)
        if found:
            try:
                return date(*(int(x) for x in build(found))).isoformat()
            except ValueError:
                return None
    try:
        return date.fromisoformat(text[:10]).isoformat() if len(text) >= 10 else None
    except ValueError:
        return None


def parse_value(text: str) -> float | None:
    """A number as analytics tools write it: 1 234,5 · 12.5% · -3."""
    try:
        value = float(text)  # the common case, at C speed
    except ValueError:
        pass
    else:
        return value if value == value and abs(value) != float("inf") else None
    text = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    text = text.removesuffix("%")
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    elif "," in text:
        text = text.replace(",", "")  # 1,234.5
    try:
        value = float(text)
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def _records(text: str) -> list[tuple[int, list[str]]]:
    """(line, cells) of every non-blank, non-comment line; the delimiter sniffed."""
    lines = [(i, line) for i, line in enumerate(text.splitlines(), 1)
             if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        raise InterchangeError("no rows (expected a header such as key,value,date)")
    head = lines[0][1]
    delimiter = max((",", ";", "\t"), key=head.count)
    reader = csv.reader((line for _, line in lines), delimiter=delimiter)
    out, consumed = [], 0
    for cells in reader:  # a quoted cell may run over lines: a row starts where it starts
        out.append((lines[consumed][0], cells))
        consumed = reader.line_num
    return out


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    normalised = [_norm(h) for h in header]
    for name in names:
        if name in normalised:
            return normalised.index(name)
    return None


def read_metrics(text: str) -> MetricTable:
    """The dated values of a CSV text; InterchangeError names every bad line."""
    records = _records(text)
    (_, header), body = records[0], records[1:]
    header = [h.strip() for h in header]
    key, value, day = (_column(header, names) for names in (KEY_NAMES, VALUE_NAMES,
                                                              DATE_NAMES))
    problems: list[str] = []
    rows: list[MetricRow] = []
    if key is not None and value is not None and day is not None:
        layout = "long"
        for line, cells in body:
            try:  # the common row, read without detours: key, plain number, a known day
                name, number = cells[key].strip(), float(cells[value])
                parsed_day = parse_date(cells[day])
                if name and parsed_day and number == number and abs(number) != INF:
                    rows.append(MetricRow(line, name, parsed_day, number))
                    continue
            except (IndexError, ValueError):
                pass
            row = _long_row(line, cells, key, value, day, problems)
            if row is not None:
                rows.append(row)
    elif day is not None and len(header) > 1:
        layout = "wide"
        keys = [(i, h) for i, h in enumerate(header) if i != day and h]
        for line, cells in body:
            rows += _wide_rows(line, cells, day, keys, problems)
    else:
        raise InterchangeError(
            f"line {records[0][0]}: cannot tell the layout from the header "
            f"{','.join(header)!r}: expected key,value,date or date,<key>,<key>…")
    _raise(problems)
    if not rows:
        raise InterchangeError("no values in the file")
    return MetricTable(layout, tuple(rows))


def _cell(cells: list[str], index: int) -> str:
    return cells[index].strip() if index < len(cells) else ""


def _long_row(line, cells, key, value, day, problems) -> MetricRow | None:
    name, raw_value, raw_day = (_cell(cells, i) for i in (key, value, day))
    parsed_day, parsed_value = parse_date(raw_day), parse_value(raw_value)
    if not name:
        problems.append(f"line {line}: no metric key")
    elif parsed_day is None:
        problems.append(f"line {line}: {raw_day[:40]!r} is not a date")
    elif parsed_value is None:
        problems.append(f"line {line}: {raw_value[:40]!r} is not a number")
    else:
        return MetricRow(line, name, parsed_day, parsed_value)
    return None


def _wide_rows(line, cells, day, keys, problems) -> list[MetricRow]:
    raw_day = _cell(cells, day)
    parsed_day = parse_date(raw_day)
    if parsed_day is None:
        problems.append(f"line {line}: {raw_day[:40]!r} is not a date")
        return []
    out = []
    for index, key in keys:
        raw = _cell(cells, index)
        if not raw:
            continue  # no value that day
        parsed = parse_value(raw)
        if parsed is None:
            problems.append(f"line {line}: {key}: {raw[:40]!r} is not a number")
        else:
            out.append(MetricRow(line, key, parsed_day, parsed))
    return out


def _raise(problems: list[str]) -> None:
    if not problems:
        return
    shown = problems[:MAX_REPORTED]
    more = len(problems) - len(shown)
    tail = f"; and {more} more" if more else ""
    raise InterchangeError("; ".join(shown) + tail)


def bind_rows(table: MetricTable, bound: dict[str, list[str]]
              ) -> list[tuple[str, str, float]]:
    """(card id, day, value) for every row, through `bound` (metric key -> KPI card ids);
    a key no KPI is bound to is an error naming its lines. The last value of a card and
    day wins, as in the file."""
    unknown: dict[str, list[int]] = {}
    entries: dict[tuple[str, str], float] = {}
    for row in table.rows:
        cards = bound.get(row.key)
        if not cards:
            unknown.setdefault(row.key, []).append(row.line)
            continue
        for card_id in cards:
            entries[card_id, row.date] = row.value
    if unknown:
        _raise([f"line {', '.join(map(str, lines[:5]))}{'…' if len(lines) > 5 else ''}: "
                f"no KPI is bound to the key {key[:40]!r}" for key, lines in unknown.items()])
    return [(card_id, day, value) for (card_id, day), value in entries.items()]


def plan_update(text: str, bound: dict[str, list[str]]
                ) -> tuple[MetricTable, list[tuple[str, str, float]]]:
    """(table, entries for `set_metric_values`) from a CSV text and the project's metric
    bindings (key -> KPI card ids); raises on any bad row."""
    table = read_metrics(text)
    return table, bind_rows(table, bound)
