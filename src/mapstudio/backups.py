"""Rotating backups of open project files: the last N versions of each, in the user data folder.

A `.mapstudio` file is always current (every edit is committed), so backups protect
against the user's own mistakes and damaged disks, not against crashes. A backup of an open
document goes through `Document.save_copy` (a consistent `VACUUM INTO` copy); a closed file
is copied. Identical consecutive versions are not kept twice. `MAPSTUDIO_DATA_DIR` overrides
the data folder (tests, portable installs).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from datetime import datetime
from pathlib import Path

import platformdirs

from .files import write_atomically

log = logging.getLogger(__name__)
SUFFIX = ".mapstudio"


def data_dir() -> Path:
    override = os.environ.get("MAPSTUDIO_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("mapstudio", appauthor=False))


def default_backup_root() -> Path:
    return data_dir() / "backups"


def backup_folder_for(source: Path, root: Path | None = None) -> Path:
    """One folder per project file; the path hash keeps same-named projects apart."""
    source = Path(source).resolve()
    digest = hashlib.sha1(str(source).encode("utf-8")).hexdigest()[:10]
    return Path(root or default_backup_root()) / f"{source.stem}-{digest}"


def list_backups(source: Path, root: Path | None = None) -> list[Path]:
    """Backups of one file, newest first."""
    folder = backup_folder_for(source, root)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.name, reverse=True)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def make_backup(source: Path, *, document=None, keep: int = 10,
                root: Path | None = None) -> Path | None:
    """Write a new version of `source` and drop the oldest beyond `keep`.

    Returns the new backup, or None when it equals the latest one. With `document` (the
    open `Document` of `source`) the copy is taken through SQLite; otherwise the file is
    copied, which is only safe while nobody writes to it.
    """
    source = Path(source)
    folder = backup_folder_for(source, root)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{source.stem}-{stamp}{SUFFIX}"
    if document is not None:
        document.save_copy(target)
    else:
        write_atomically(target, lambda temp: shutil.copyfile(source, temp))
    previous = [p for p in list_backups(source, root) if p != target]
    if previous and _sha256(previous[0]) == _sha256(target):
        target.unlink()
        return None
    prune(source, keep, root)
    return target


def prune(source: Path, keep: int, root: Path | None = None) -> list[Path]:
    """Delete all but the newest `keep` backups of `source`; returns the deleted ones."""
    doomed = list_backups(source, root)[max(keep, 1):]
    for path in doomed:
        try:
            path.unlink()
        except OSError as exc:  # a locked file on Windows: try again next time
            log.warning("cannot delete old backup %s: %s", path, exc)
    return doomed


def restore_backup(backup: Path, target: Path, *, force: bool = False) -> Path:
    """Copy a backup out to `target` (a new file unless `force`), atomically."""
    target = Path(target)
    if target.exists() and not force:
        raise FileExistsError(f"{target} already exists")
    write_atomically(target, lambda temp: shutil.copyfile(backup, temp), force=force)
    return target


class BackupScheduler:
    """Backs up the open document when it opens, then every few minutes while it changes.

    The main window owns one: `attach(doc)` after opening, `detach()` before closing (which
    takes a last backup if anything changed). Settings decide the folder, count and interval.
    Failures are logged, never raised: a backup must not disturb editing.
    """

    def __init__(self, settings=None) -> None:
        from PySide6.QtCore import QTimer

        from .settings import Settings

        self.settings = settings or Settings()
        self.document = None
        self.dirty = False
        self._unsubscribe = None
        self.timer = QTimer()
        self.timer.timeout.connect(self.backup_if_changed)

    @property
    def root(self) -> Path:
        return Path(self.settings.backup_folder or default_backup_root())

    def attach(self, document) -> Path | None:
        self.detach(final_backup=False)
        self.document = document
        self.dirty = False
        if not self.settings.backups_enabled:
            return None
        self._unsubscribe = document.subscribe(self._changed)
        self.timer.start(self.settings.backup_interval_minutes * 60_000)
        return self.backup_now()

    def detach(self, final_backup: bool = True) -> None:
        self.timer.stop()
        if self.document is not None and final_backup and self.dirty:
            self.backup_now()
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._unsubscribe = None
        self.document = None

    def reconfigure(self) -> None:
        """Follow changed preferences (on/off, interval) without losing unsaved changes."""
        if self.document is None:
            return
        if not self.settings.backups_enabled:
            self.timer.stop()
            if self._unsubscribe is not None:
                self._unsubscribe()
            self._unsubscribe = None
            return
        if self._unsubscribe is None:
            self._unsubscribe = self.document.subscribe(self._changed)
            self.backup_now()
        self.timer.start(self.settings.backup_interval_minutes * 60_000)

    def _changed(self, _change) -> None:
        self.dirty = True

    def backup_if_changed(self) -> Path | None:
        return self.backup_now() if self.dirty else None

    def backup_now(self) -> Path | None:
        if self.document is None:
            return None
        try:
            made = make_backup(self.document.path, document=self.document,
                               keep=self.settings.backup_count, root=self.root)
        except Exception:  # noqa: BLE001 - logged; editing goes on
            log.exception("backup of %s failed", self.document.path)
            return None
        self.dirty = False
        return made
