"""Maps past their review date, said where a user looks before opening them: the recent
projects of the start screen and the Maps dock."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidgetItem

from ..model import JourneyMap
from ..model.living import is_overdue

OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 7  # titles of the overdue maps (or [])
OVERDUE_INK = QColor("#b91c1c")
_cache: dict[tuple[str, float], list[str]] = {}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewStatus", text)


def overdue_titles(path: Path, today: date | None = None) -> list[str]:
    """Titles of the project's maps past their review date (read-only; cached while the
    file is unchanged). A file that cannot be read has none."""
    from ..model import MapStudioError
    from ..store import Document

    try:
        key = (str(path), path.stat().st_mtime)
    except OSError:
        return []
    if key not in _cache:
        try:
            with Document.open(path, read_only=True) as doc:
                _cache[key] = [m.title for m in doc.maps() if is_overdue(m, today)]
        except (MapStudioError, OSError, ValueError):
            _cache[key] = []
    return _cache[key]


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
