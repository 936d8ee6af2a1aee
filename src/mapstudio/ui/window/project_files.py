"""Where projects are created and opened from the window, so that nothing is replaced by
surprise and a project that cannot be edited here is offered the ways it can be used.

- A name typed without `.mapstudio` gets it before the overwrite question, and every flow
  that creates a project asks before replacing one.
- A project open in another window (its lock is held) or on a read-only medium may be
  opened read-only or as a copy; a crash's unfinished change that cannot be applied
  safely leaves the file and journal alone and offers the latest backup.
"""

from __future__ import annotations

import logging
import shutil
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...files import ProjectLockedError, write_atomically
from ...model import MapStudioError

log = logging.getLogger(__name__)
SUFFIX = ".mapstudio"
FILE_FILTER = "Map Studio projects (*.mapstudio)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProjectFiles", text)


def with_suffix(path: Path) -> Path:
    """`Bank` → `Bank.mapstudio`; `Bank.v2` → `Bank.v2.mapstudio` (never `Bank.mapstudio`)."""
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


def confirm_replace(parent: QWidget, path: Path, caption: str) -> bool:
    """Ask before a new project takes the place of an existing file; No is the default."""
    answer = QMessageBox.question(
        parent, caption,
        _tr("{0} already exists.\n\nReplace it with the new project? Everything in the "
            "existing file will be lost.").format(path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        log.info("kept %s: replacing it was declined", path)
        return False
    return True


def ask_new_project_path(parent: QWidget, caption: str, suggested: Path) -> Path | None:
    """The path for a new project, with its suffix, confirmed if it replaces a file."""
    name, _ = QFileDialog.getSaveFileName(
        parent, caption, str(suggested), _tr(FILE_FILTER),
        options=QFileDialog.Option.DontConfirmOverwrite)  # asked below, with the suffix
    if not name:
        return None
    path = with_suffix(Path(name))
    if path.is_dir():
        QMessageBox.critical(parent, caption, _tr("{0} is a folder.").format(path))
        return None
    if path.exists() and not confirm_replace(parent, path, caption):
        return None
    return path


def open_document(parent: QWidget, path: Path):
    """Open `path` for editing, or as the user chooses when it cannot be; None if not."""
    from ...store import Document, JournalRefusedError, ReadOnlyFileError

    caption = _tr("Open project")
    try:
        return Document.open(path)
    except ProjectLockedError:
        log.info("%s is open elsewhere: offering read-only or a copy", path)
        why = _tr("{0} is already open in another Map Studio window. Only one window at a "
                  "time can change a project.").format(path.name)
        return _offer_read_only_or_copy(parent, path, caption, why)
    except ReadOnlyFileError:
        log.info("%s cannot be written: offering read-only or a copy", path)
        why = _tr("{0} cannot be changed here: the file or its disk is read-only."
                  ).format(path.name)
        return _offer_read_only_or_copy(parent, path, caption, why)
    except JournalRefusedError as exc:
        log.warning("refused the journal of %s: %s", path, exc)
        return _offer_backup(parent, path, str(exc))
    except MapStudioError as exc:
        log.warning("cannot open %s: %s", path, exc)
        QMessageBox.critical(parent, _tr("Cannot open file"), str(exc))
        return None


def _offer_read_only_or_copy(parent: QWidget, path: Path, caption: str, why: str):
    from ...store import Document

    box = QMessageBox(QMessageBox.Icon.Information, caption, why, parent=parent)
    box.setObjectName("OpenChoiceBox")
    read_only = box.addButton(_tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    copy = box.addButton(_tr("Open a copy…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    chosen = box.clickedButton()
    try:
        if chosen is read_only:
            return Document.open(path, read_only=True)
        if chosen is copy:
            target = ask_new_project_path(parent, _tr("Open a copy"),
                                          path.with_name(f"{path.stem} copy{SUFFIX}"))
            if target is None:
                return None
            with Document.open(path, read_only=True) as source:
                source.save_copy(target)
            return Document.open(target)
    except MapStudioError as exc:
        QMessageBox.critical(parent, caption, str(exc))
    return None


def _offer_backup(parent: QWidget, path: Path, reason: str):
    """The file and its journal stay as they are; the latest backup may be opened as a
    new file beside them."""
    from ...backups import list_backups
    from ...store import Document

    backups = list_backups(path)
    text = _tr("Map Studio stopped while saving a change to {0}, and that unfinished "
               "change cannot be applied safely.\n\nThe file and its journal were left "
               "exactly as they are.").format(path.name)
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Cannot recover the last change"), text,
                      parent=parent)
    box.setObjectName("JournalRefusedBox")
    box.setDetailedText(reason)
    use_backup = None
    if backups:
        stamp = datetime.fromtimestamp(backups[0].stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        box.setInformativeText(_tr("The latest backup is from {0}.").format(stamp))
        use_backup = box.addButton(_tr("Open the latest backup"),
                                   QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if use_backup is None or box.clickedButton() is not use_backup:
        return None
    target = _free_name(path.with_name(f"{path.stem} (from backup){SUFFIX}"))
    try:
        write_atomically(target, lambda temp: shutil.copyfile(backups[0], temp))
        return Document.open(target)
    except (OSError, MapStudioError) as exc:
        QMessageBox.critical(parent, _tr("Open the latest backup"), str(exc))
        return None


def _free_name(path: Path) -> Path:
    n = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} {n}{SUFFIX}")
        n += 1
    return candidate
