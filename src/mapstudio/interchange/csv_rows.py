"""One CSV record with typed accessors whose errors name the row and column.

Shared vocabulary of the CSV importer: the text columns (formula guard undone), yes/no
words, lane kinds guessed from lane titles.
"""

from __future__ import annotations

import math
import re
from enum import StrEnum

from ..model import METRIC_DIRECTIONS, LaneKind, limits
from ..model.values import text_problem
from .errors import InterchangeError

TEXT_COLUMNS = frozenset({"map", "stage", "lane", "title", "body", "channel", "owner", "tags",
                          "metric_name", "metric_unit", "link", "persona", "evidence",
                          "metric_key", "stage_owner", "map_owner"})
YES, NO = {"yes", "y", "true", "1", "x"}, {"", "no", "n", "false", "0"}
KIND_WORDS = (("touch", LaneKind.TOUCHPOINTS), ("action", LaneKind.ACTIONS),
              ("doing", LaneKind.ACTIONS), ("think", LaneKind.THOUGHTS),
              ("thought", LaneKind.THOUGHTS), ("emotion", LaneKind.EMOTIONS),
              ("feel", LaneKind.EMOTIONS), ("pain", LaneKind.PAIN_POINTS),
              ("opportunit", LaneKind.OPPORTUNITIES), ("channel", LaneKind.CHANNELS),
              ("kpi", LaneKind.KPIS), ("metric", LaneKind.KPIS),
              ("backstage", LaneKind.BACKSTAGE), ("system", LaneKind.SYSTEMS),
              ("story", LaneKind.STORYBOARD), ("owner", LaneKind.OWNERS))


class RowType(StrEnum):
    CARD = "card"
    EMOTION = "emotion"
    STAGE = "stage"
    LANE = "lane"
    MAP = "map"


_SCALE = re.compile(r"^\s*(-?\d+)\s*\.\.\s*(-?\d+)\s*$")


def unprotect(text: str) -> str:
    """Undo the exporter's formula guard: "'=x" -> "=x", "''x" -> "'x"."""
    if text.startswith("'") and text[1:2] in ("=", "+", "-", "@", "'", "\t", "\r"):
        return text[1:]
    return text


def guess_kind(title: str) -> LaneKind:
    folded = title.casefold()
    return next((kind for word, kind in KIND_WORDS if word in folded), LaneKind.TEXT)


class Row:
    """One record with typed accessors that raise errors naming row and column."""

    def __init__(self, number: int, values: dict[str, str], clean: bool = False):
        # clean: every cell already known to be printable text within the length limit
        self.number, self.values, self.clean = number, values, clean

    def fail(self, column: str, problem: str) -> InterchangeError:
        return InterchangeError(f"row {self.number}, column {column}: {problem}")

    def text(self, column: str) -> str:
        value = self.values.get(column, "")
        if not value:
            return ""
        if not self.clean:
            problem = text_problem(value, limits.MAX_TEXT + 1)
            if problem is not None:
                raise self.fail(column, problem)
        return unprotect(value) if column in TEXT_COLUMNS else value.strip()

    def whole(self, column: str, low: int | None = None, high: int | None = None,
            default: int | None = None) -> int | None:
        raw = self.text(column)
        if raw == "":
            return default
        try:
            value = float(raw)
            if not value.is_integer():
                raise ValueError
            value = int(value)
        except ValueError:
            raise self.fail(column, f"{raw!r} is not a whole number") from None
        if (low is not None and value < low) or (high is not None and value > high):
            limits = f"{low}..{high}" if high is not None else f"at least {low}"
            raise self.fail(column, f"{value} is outside {limits}")
        return value

    def decimal(self, column: str) -> int | float | None:
        raw = self.text(column)
        if raw == "":
            return None
        try:
            return int(raw)
        except ValueError:
            pass
        try:
            value = float(raw.replace(",", ".") if raw.count(",") == 1 and "." not in raw
                          else raw)
        except ValueError:
            raise self.fail(column, f"{raw!r} is not a number") from None
        if not math.isfinite(value):
            raise self.fail(column, f"{raw!r} is not a finite number")
        return value

    def direction(self, column: str) -> str | None:
        """A KPI direction: higher or lower; empty (or "auto") leaves it to the guess."""
        raw = self.text(column).lower()
        if raw in ("", "auto", "automatic"):
            return None
        if raw not in METRIC_DIRECTIONS:
            raise self.fail(column, f"{raw!r} is not higher, lower or empty")
        return raw

    def choice(self, column: str, enum, default):
        raw = self.text(column)
        if raw == "":
            return default
        try:
            return enum(raw.lower())
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            raise self.fail(column, f"{raw!r} is not one of {allowed}") from None
