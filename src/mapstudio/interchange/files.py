"""Reading and writing interchange files: UTF-8 text in, atomic writes out.

Every format goes through these two functions so that the CLI reports unreadable input
the same way for all of them, and a failed export never leaves half a file behind.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from ..files import write_atomically
from ..model.limits import MAX_IMPORT_BYTES
from .errors import InterchangeError


def open_import(path: Path | str) -> BinaryIO:
    """The file opened for reading if it is a regular file within MAX_IMPORT_BYTES.

    Opened without blocking and checked on the open descriptor (no race with a rename):
    a FIFO, a device such as /dev/zero, a socket or a folder is refused at once.
    """
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError as exc:
        raise InterchangeError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise InterchangeError(f"{path}: is a folder, not a file") from exc
    except OSError as exc:
        raise InterchangeError(f"{path}: cannot be read ({exc.strerror})") from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InterchangeError(f"{path}: is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise InterchangeError(f"{path}: not a regular file (a pipe, device or socket "
                                   "cannot be imported)")
        if info.st_size > MAX_IMPORT_BYTES:
            raise InterchangeError(f"{path}: {info.st_size:,} bytes; imports are limited "
                                   f"to {MAX_IMPORT_BYTES >> 20} MB")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bytes(path: Path | str) -> bytes:
    """The whole import file, never more than MAX_IMPORT_BYTES (even if it grows)."""
    with open_import(path) as fh:
        try:
            raw = fh.read(MAX_IMPORT_BYTES + 1)
        except OSError as exc:
            raise InterchangeError(f"{path}: cannot be read ({exc.strerror})") from exc
    if len(raw) > MAX_IMPORT_BYTES:
        raise InterchangeError(f"{path}: imports are limited to {MAX_IMPORT_BYTES >> 20} MB")
    return raw


def decode_text(raw: bytes, path: Path | str) -> str:
    """UTF-8 (a BOM is accepted); anything else is refused naming the first bad byte."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InterchangeError(
            f"{path}: not UTF-8 text (invalid byte 0x{raw[exc.start]:02x} at offset "
            f"{exc.start}); save it as UTF-8 and try again") from exc


def read_text(path: Path | str) -> str:
    """The file as text; a UTF-8 BOM is accepted, anything not UTF-8 is refused clearly.

    Only a regular file is read (see `open_import`), and at most MAX_IMPORT_BYTES of it.
    """
    return decode_text(read_bytes(path), path)


def write_text_atomic(path: Path | str, text: str, force: bool = False) -> None:
    """Write `text` as UTF-8 through the app's one atomic write (temp beside, fsync, rename)."""
    path = Path(path)
    if path.exists() and not force:
        raise InterchangeError(f"{path}: already exists (use --force to replace it)")
    if path.is_dir():
        raise InterchangeError(f"{path}: is a folder, not a file")
    write_atomically(Path(path), lambda temp: temp.write_text(text, encoding="utf-8",
                                                              newline=""), force=force)
