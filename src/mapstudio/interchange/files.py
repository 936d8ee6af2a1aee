"""Reading and writing interchange files: UTF-8 text in, atomic writes out.

Every format goes through these two functions so that the CLI reports unreadable input
the same way for all of them, and a failed export never leaves half a file behind.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import suppress
from pathlib import Path

from .errors import InterchangeError


def read_text(path: Path | str) -> str:
    """The file as text; a UTF-8 BOM is accepted, anything not UTF-8 is refused clearly."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise InterchangeError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise InterchangeError(f"{path}: is a folder, not a file") from exc
    except OSError as exc:
        raise InterchangeError(f"{path}: cannot be read ({exc.strerror})") from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InterchangeError(
            f"{path}: not UTF-8 text (invalid byte 0x{raw[exc.start]:02x} at offset "
            f"{exc.start}); save it as UTF-8 and try again") from exc


def write_text_atomic(path: Path | str, text: str, force: bool = False) -> None:
    """Write `text` to a temp file beside `path`, then rename it over the target."""
    path = Path(path)
    if path.exists() and not force:
        raise InterchangeError(f"{path}: already exists (use --force to replace it)")
    if path.is_dir():
        raise InterchangeError(f"{path}: is a folder, not a file")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise InterchangeError(f"{path}: cannot write here ({exc.strerror})") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise
