"""Typed application preferences over QSettings (QtCore only, so the CLI may read them too).

Every preference has one accessor with a default and a validation step, so a hand-edited or
stale settings file can never hand the UI a value it does not understand. Keys are stable
strings; `recentFiles` is shared with the main window's recent-files menu.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from .model.catalogues import LANGUAGES, PAPERS, SHEETS  # LANGUAGES: "" follows the system

THEMES = ("system", "light", "dark", "high_contrast")
TILE_PAPERS = ("", *SHEETS)  # tiles are real sheets; "": no tiling
DEFAULT_PAPER = "auto"
MAX_RECENT = 10
DEFAULT_BACKUP_COUNT = 10


@dataclass(frozen=True)
class ScaleDefault:
    """The emotion scale new maps start with."""

    min: int = -2
    max: int = 2


def _as_bool(value, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    if value is None:
        return default
    return bool(value)


def _as_int(value, default: int, low: int, high: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return min(max(number, low), high)


def _as_float(value, default: float, low: float, high: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return min(max(number, low), high)


def _as_list(value) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value if v]


def _os_user_name() -> str:
    """The logged-in user's name as the system knows it ("" when it cannot tell)."""
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


class Settings:
    """Preferences of the current user; construct freely, every instance reads the same store."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    def _get(self, key: str, default=None):
        return self.store.value(key, default)

    def _set(self, key: str, value) -> None:
        self.store.setValue(key, value)

    def sync(self) -> None:
        self.store.sync()

    # -- language and look --------------------------------------------------------------
    @property
    def language(self) -> str:
        """"" follows the system locale; otherwise one of LANGUAGES."""
        value = str(self._get("ui/language", "") or "")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self._set("ui/language", value if value in LANGUAGES else "")

    @property
    def theme(self) -> str:
        value = str(self._get("ui/theme", "system") or "system")
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._set("ui/theme", value if value in THEMES else "system")

    # -- new maps and printing ----------------------------------------------------------
    @property
    def default_scale(self) -> ScaleDefault:
        low = _as_int(self._get("maps/scaleMin", -2), -2, -10, 9)
        high = _as_int(self._get("maps/scaleMax", 2), 2, -9, 10)
        return ScaleDefault(low, high) if low < high else ScaleDefault()

    @default_scale.setter
    def default_scale(self, value: ScaleDefault) -> None:
        if value.min >= value.max:
            value = ScaleDefault()
        self._set("maps/scaleMin", int(value.min))
        self._set("maps/scaleMax", int(value.max))

    def new_map_scale(self):
        """The emotion scale a new map gets: the default range, with the usual five labels
        when it is the classic -2 … +2."""
        from .model import EmotionScale
        from .model.starter import DEFAULT_LABELS

        scale = self.default_scale
        labels = list(DEFAULT_LABELS) if (scale.min, scale.max) == (-2, 2) else []
        return EmotionScale(scale.min, scale.max, labels)

    @property
    def default_paper(self) -> str:
        value = str(self._get("print/paper", DEFAULT_PAPER) or DEFAULT_PAPER)
        return value if value in PAPERS else DEFAULT_PAPER

    @default_paper.setter
    def default_paper(self, value: str) -> None:
        self._set("print/paper", value if value in PAPERS else DEFAULT_PAPER)

    @property
    def tile_paper(self) -> str:
        """Sheet size for poster tiling; "" prints on one sheet."""
        value = str(self._get("print/tilePaper", "") or "")
        return value if value in TILE_PAPERS else ""

    @tile_paper.setter
    def tile_paper(self, value: str) -> None:
        self._set("print/tilePaper", value if value in TILE_PAPERS else "")

    @property
    def tile_overlap_mm(self) -> float:
        return _as_float(self._get("print/tileOverlapMm", 10.0), 10.0, 0.0, 50.0)

    @tile_overlap_mm.setter
    def tile_overlap_mm(self, value: float) -> None:
        self._set("print/tileOverlapMm", float(min(max(value, 0.0), 50.0)))

    # -- safety ------------------------------------------------------------------------------
    @property
    def backups_enabled(self) -> bool:
        return _as_bool(self._get("backup/enabled", True), True)

    @backups_enabled.setter
    def backups_enabled(self, value: bool) -> None:
        self._set("backup/enabled", bool(value))

    @property
    def backup_folder(self) -> str:
        """"" means the default folder inside the platformdirs user data folder."""
        return str(self._get("backup/folder", "") or "")

    @backup_folder.setter
    def backup_folder(self, value: str | Path) -> None:
        self._set("backup/folder", str(value) if value else "")

    @property
    def backup_count(self) -> int:
        return _as_int(self._get("backup/count", DEFAULT_BACKUP_COUNT),
                       DEFAULT_BACKUP_COUNT, 1, 100)

    @backup_count.setter
    def backup_count(self, value: int) -> None:
        self._set("backup/count", int(min(max(value, 1), 100)))

    @property
    def backup_interval_minutes(self) -> int:
        """How often an open file gets a new backup while it changes."""
        return _as_int(self._get("backup/intervalMinutes", 10), 10, 1, 240)

    @backup_interval_minutes.setter
    def backup_interval_minutes(self, value: int) -> None:
        self._set("backup/intervalMinutes", int(min(max(value, 1), 240)))

    # -- review ------------------------------------------------------------------------------
    @property
    def review_author(self) -> str:
        """The name review notes are signed with; by default the computer's user name."""
        name = str(self._get("review/author", "") or "").strip()
        return name or _os_user_name()

    @review_author.setter
    def review_author(self, value: str) -> None:
        self._set("review/author", " ".join(str(value or "").split())[:80])

    # -- canvas ------------------------------------------------------------------------------
    @property
    def show_grid(self) -> bool:
        return _as_bool(self._get("canvas/showGrid", False), False)

    @show_grid.setter
    def show_grid(self, value: bool) -> None:
        self._set("canvas/showGrid", bool(value))

    @property
    def snap_to_grid(self) -> bool:
        return _as_bool(self._get("canvas/snap", True), True)

    @snap_to_grid.setter
    def snap_to_grid(self, value: bool) -> None:
        self._set("canvas/snap", bool(value))

    @property
    def wheel_zooms(self) -> bool:
        """For mouse users: the plain wheel zooms (Ctrl+wheel always does)."""
        return _as_bool(self._get("canvas/wheelZooms", False), False)

    @wheel_zooms.setter
    def wheel_zooms(self, value: bool) -> None:
        self._set("canvas/wheelZooms", bool(value))

    @property
    def grid_size(self) -> int:
        return _as_int(self._get("canvas/gridSize", 8), 8, 2, 64)

    @grid_size.setter
    def grid_size(self, value: int) -> None:
        self._set("canvas/gridSize", int(min(max(value, 2), 64)))

    # -- recent files -------------------------------------------------------------------
    def recent_files(self, existing_only: bool = False) -> list[str]:
        files = _as_list(self._get("recentFiles", []))[:MAX_RECENT]
        if existing_only:
            files = [f for f in files if Path(f).is_file()]
        return files

    def add_recent(self, path: str | Path) -> list[str]:
        path = str(Path(path).resolve())
        files = [path] + [f for f in self.recent_files() if f != path]
        self._set("recentFiles", files[:MAX_RECENT])
        return files[:MAX_RECENT]

    def remove_recent(self, path: str | Path) -> None:
        path = str(path)
        self._set("recentFiles", [f for f in self.recent_files() if f != path])

    def prune_recent(self) -> list[str]:
        """Forget files that were moved or deleted; returns what is left."""
        files = self.recent_files(existing_only=True)
        self._set("recentFiles", files)
        return files
