"""Inflating the compressed versions (snapshots) kept in a project, within a limit.

A few kilobytes of zlib can stand for gigabytes ("version bomb"): data is inflated a
megabyte at a time and refused as soon as it passes MAX_SNAPSHOT_BYTES.
"""

from __future__ import annotations

import zlib

from ..model import Snapshot, limits
from ..model.limits import LimitError
from .errors import InterchangeError

#: Refuse to inflate a snapshot beyond this (a corrupt or hostile file could be a zip bomb).
MAX_SNAPSHOT_BYTES = limits.MAX_SNAPSHOT_BYTES
_CHUNK = 1 << 20


def inflate(data: bytes, label: str) -> bytes:
    """The decompressed bytes, inflated a megabyte at a time and never past the limit."""
    inflater = zlib.decompressobj()
    parts: list[bytes] = []
    size = 0
    pending = data
    try:
        while True:
            chunk = inflater.decompress(pending, _CHUNK)
            size += len(chunk)
            if size > MAX_SNAPSHOT_BYTES:
                raise LimitError(f"{label}: larger than {MAX_SNAPSHOT_BYTES >> 20} MB once "
                                 "decompressed (the limit)")
            parts.append(chunk)
            pending = inflater.unconsumed_tail
            if not pending:
                break
        tail = inflater.flush()
    except zlib.error as exc:
        raise InterchangeError(f"{label}: damaged data ({exc})") from exc
    if size + len(tail) > MAX_SNAPSHOT_BYTES:
        raise LimitError(f"{label}: larger than {MAX_SNAPSHOT_BYTES >> 20} MB once "
                         "decompressed (the limit)")
    if not inflater.eof:
        raise InterchangeError(f"{label}: damaged data (cut short)")
    return b"".join(parts) + tail


def check_snapshot(snapshot: Snapshot, where: str) -> None:
    """Refuse a version that is damaged or would inflate past the limit (an import's
    versions are checked like this, so a "version bomb" never enters a project)."""
    inflate(snapshot.data, where)


