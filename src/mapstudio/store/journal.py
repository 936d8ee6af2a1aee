"""Hot journals (what a crash mid-write leaves beside a project), judged before SQLite
ever sees them.

SQLite rolls a hot journal back into the file on the first read, trusting it blindly: a
journal that belongs to another copy of the file, or one with a forged page count, would
rewrite a good project into a damaged one. So: read-only opens refuse a hot journal and
change nothing; the app recovers on a copy, checks the copy, and only then puts it in
place. Journal format: https://www.sqlite.org/fileformat.html#the_rollback_journal
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import sqlite3
from contextlib import suppress
from pathlib import Path

from ..files import fsync_folder, is_locked, temp_beside
from ..files.atomic import fsync_file
from ..files.leftovers import TEMP_SUFFIX
from .checks import FileFormatError, inspect_file

log = logging.getLogger(__name__)
MAGIC = bytes.fromhex("d9d505f920a163d7")
RECOVER_HINT = "open it in Map Studio to recover the last change"


class JournalRefusedError(FileFormatError):
    """A hot journal that cannot be applied safely; the file and journal stay as they were."""


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def hot_journal(path: Path, *, lock_is_ours: bool = False) -> Path | None:
    """The journal a crashed writer left beside `path`, or None.

    A journal of a live writer (the project's lock held by someone else) is not hot.
    """
    journal = journal_of(path)
    try:
        with journal.open("rb") as fh:
            head = fh.read(len(MAGIC))
    except OSError:
        return None
    if head != MAGIC:
        return None  # empty or zeroed: SQLite ignores it too
    if not lock_is_ours and is_locked(path):
        return None
    return journal


def discard_stale_journal(path: Path) -> None:
    """A journal without a valid header (a writer killed while starting it) holds no
    change to undo; SQLite would ignore it. Removed under the project's lock so it does
    not linger beside the file."""
    journal = journal_of(path)
    try:
        with journal.open("rb") as fh:
            head = fh.read(len(MAGIC))
    except OSError:
        return
    if head != MAGIC:
        with suppress(OSError):
            journal.unlink()
            log.info("%s: removed an empty journal left by a crash", journal)


def settle_journal(path: Path) -> None:
    """Before a project is replaced (its lock held): leave no journal that could be paired
    with the new file, even for an instant. A hot journal is rolled back into the old file
    the safe way; one that cannot be is moved aside under a temp name the next write to
    the folder sweeps away (the user chose to replace that project)."""
    journal = hot_journal(path, lock_is_ours=True)
    if journal is None:
        discard_stale_journal(path)
        return
    try:
        recover_on_copy(path, journal)
    except JournalRefusedError:
        aside = path.with_name(f".{path.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}-journal")
        os.replace(journal, aside)
        fsync_folder(path.parent)
        log.warning("%s: replaced; its unusable journal was set aside", path)


def refuse_if_hot(path: Path) -> None:
    """For readers: a hot journal is never rolled back by a read-only command."""
    journal = hot_journal(path)
    if journal is not None:
        raise FileFormatError(f"{path}: has an unfinished change from a crash "
                              f"({journal.name}); {RECOVER_HINT}")


def _u32(data: bytes, at: int) -> int:
    return int.from_bytes(data[at:at + 4], "big")


def check_journal(path: Path, journal: Path) -> None:
    """Refuse a journal that is not this file's, or one that would make it grow."""
    name = str(path)
    with path.open("rb") as fh:
        db_head = fh.read(100)
    db_size = path.stat().st_size
    page_size = int.from_bytes(db_head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    with journal.open("rb") as fh:
        head = fh.read(28)
        if len(head) < 28:
            raise JournalRefusedError(f"{name}: its unfinished change ({journal.name}) is cut "
                                      "short and cannot be applied")
        records, pages_before = _u32(head, 8), _u32(head, 16)
        sector, journal_page = _u32(head, 20), _u32(head, 24)
        if journal_page != page_size or not 512 <= sector <= 65536:
            raise JournalRefusedError(f"{name}: the unfinished change ({journal.name}) does "
                                      "not belong to this file")
        if pages_before * page_size > db_size:
            raise JournalRefusedError(
                f"{name}: the unfinished change ({journal.name}) would make the file grow "
                f"from {db_size} to {pages_before * page_size} bytes; it is not this file's")
        record = 4 + page_size + 4
        journal_size = journal.stat().st_size
        count = (journal_size - sector) // record if records == 0xFFFFFFFF else records
        count = min(count, max(0, (journal_size - sector) // record))
        for i in range(count):
            fh.seek(sector + i * record)
            page_no = _u32(fh.read(4), 0)
            if page_no != 1:
                continue
            page_one = fh.read(100)
            before, now = _u32(page_one, 24), _u32(db_head, 24)
            if (now - before) % (1 << 32) not in (0, 1):
                raise JournalRefusedError(
                    f"{name}: the unfinished change ({journal.name}) belongs to another "
                    "version of this file")
            break


def recover_on_copy(path: Path, journal: Path) -> None:
    """Roll the journal back into a copy; put the copy in place only if it is sound.

    Raises JournalRefusedError with the original file and journal untouched otherwise.
    The copy replaces the file before the journal is deleted: were we stopped in between,
    rolling the same journal back again onto the recovered file changes nothing.
    """
    check_journal(path, journal)
    size_before = path.stat().st_size
    with temp_beside(path) as temp:
        shutil.copyfile(path, temp)
        shutil.copyfile(journal, journal_of(temp))
        try:
            conn = sqlite3.connect(temp)
            try:
                status = conn.execute("PRAGMA integrity_check").fetchone()[0]
                broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise JournalRefusedError(f"{path}: its unfinished change ({journal.name}) "
                                      f"cannot be applied ({exc})") from exc
        if status != "ok" or broken:
            raise JournalRefusedError(
                f"{path}: applying its unfinished change ({journal.name}) would damage it "
                f"({status if status != 'ok' else 'broken references'})")
        if temp.stat().st_size > size_before:
            raise JournalRefusedError(f"{path}: its unfinished change ({journal.name}) "
                                      "would make the file grow; it is not this file's")
        try:
            inspect_file(temp)
        except FileFormatError as exc:
            raise JournalRefusedError(
                f"{path}: after its unfinished change ({journal.name}) is undone the file is "
                f"not sound ({str(exc).removeprefix(str(temp) + ': ')})") from exc
        fsync_file(temp)
        os.replace(temp, path)
        fsync_folder(path.parent)
    with suppress(FileNotFoundError):
        journal.unlink()
    fsync_folder(path.parent)
    log.warning("%s: recovered from a crash (the unfinished change was undone)", path)
