"""The cyclic garbage collector paused while a file is written.

An export allocates hundreds of thousands of small, long-lived tuples (laid-out lines,
shaped runs and glyphs, mostly kept in caches), and every full collection walks all of
them again: in a 5,000-card map in ten scripts that was a fifth of the export's time, and
its most variable part. Nothing an export makes needs the collector before it ends
(reference counting frees the rest), so it runs once, after."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Automatic collection off for the block, if it was on (nested or concurrent
    exports leave it to the outermost, which turns it back on)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
