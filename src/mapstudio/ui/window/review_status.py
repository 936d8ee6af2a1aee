"""Maps past their review date, said where a user looks before opening them: the recent
projects of the start screen and the Maps dock.

A recent project's maps' titles and review dates are read once per version of its file and
kept in the user cache folder (next to its thumbnail), so a start screen of known projects
opens none of them, nor loads the store; whether a date has passed is decided each time.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidgetItem

from ...model.living import is_overdue
from ..start.thumbnail_files import cache_dir, keep, path_key

if TYPE_CHECKING:
    from ...model import JourneyMap

OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 7  # titles of the overdue maps (or [])
OVERDUE_INK = QColor("#b91c1c")


class ReviewDate(NamedTuple):
    """A map's title and its review-by date (or None), in the project's map order."""

    title: str
    review_by: str | None


_cache: dict[tuple[str, int], list[ReviewDate]] = {}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewStatus", text)


def overdue_titles(path: Path, today: date | None = None) -> list[str]:
    """Titles of the project's maps past their review date (the file is read only when
    its review dates are not cached yet). A file that cannot be read has none."""
    return [m.title for m in review_dates(Path(path)) if is_overdue(m, today)]


def review_dates(path: Path) -> list[ReviewDate]:
    """The maps' review dates of this version of the file: from memory, the cache folder,
    or (read-only) the file itself."""
    try:
        key = (str(path), path.stat().st_mtime_ns)
    except OSError:
        return []
    if key not in _cache:
        target = cache_dir("review-dates") / f"{path_key(path)}-{key[1]}.json"
        _cache[key] = _read_cached(target)
        if _cache[key] is None:
            _cache[key] = _read_project(path)
            keep(target, lambda temp: temp.write_text(json.dumps(_cache[key]),
                                                      encoding="utf-8"),
                 f"{path_key(path)}-*.json")
    return _cache[key]


def _read_cached(target: Path) -> list[ReviewDate] | None:
    try:
        return [ReviewDate(str(title), None if when is None else str(when))
                for title, when in json.loads(target.read_text(encoding="utf-8"))]
    except (OSError, ValueError, TypeError):
        return None


def _read_project(path: Path) -> list[ReviewDate]:
    from ...model import MapStudioError
    from ...store import Document

    try:
        with Document.open(path, read_only=True) as doc:
            return [ReviewDate(m.title, m.review_by) for m in doc.maps()]
    except (MapStudioError, OSError, ValueError):
        return []


def mark_project(item: QListWidgetItem, titles: list[str]) -> None:
    """A recent-project tile says "Review overdue" under its name and which maps."""
    item.setData(OVERDUE_ROLE, list(titles))
    if not titles:
        return
    item.setText(f"{item.text()}\n{_tr('Review overdue')}")
    item.setForeground(OVERDUE_INK)
    item.setToolTip(item.toolTip() + "\n" + _tr("Past their review date: {0}").format(
        ", ".join(titles)))


def mark_map(item: QListWidgetItem, journey_map: JourneyMap) -> None:
    """A map in the Maps dock past its review date: red, with the date in its tooltip."""
    overdue = is_overdue(journey_map)
    item.setData(OVERDUE_ROLE, [journey_map.title] if overdue else [])
    if overdue:
        item.setForeground(OVERDUE_INK)
        item.setText(f"{journey_map.title}  ⚠")
        item.setToolTip(item.toolTip() + "\n" + _tr("Review overdue since {0}").format(
            journey_map.review_by))
