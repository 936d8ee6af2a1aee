"""Bidi levels resolved once per shape of line (`layout.bidi_levels`) equal python-bidi's
levels of the line itself; the export runs with the cyclic collector paused."""

from __future__ import annotations

import gc
import random

from test_export_fixtures import make_project

from mapstudio.export import ExportOptions, export_map
from mapstudio.layout import bidi_levels

PIECES = ["abc", "Hello", "Жили", "שלום", "עולם", "مرحبا", "بالعالم", "हिन्दी", "東京", "😀",
          "12", "3.5", "٣٤", "۱۲", " ", "  ", "\t", ", ", ": ", ".", "(", ")", "[", "]", "{",
          "}", "«", "»", "!", "-", "+", "$", "%", "#", "/", "\u064e", "\u05b0", "\u0301",
          "\u200e", "\u200f", "\u200d", "\u2066", "\u2067", "\u2068", "\u2069", "\u202a",
          "\u202b", "\u202c", "\u202d", "\u202e", "\u00a0", "€", "°"]


def test_levels_equal_python_bidi_on_mixed_lines():
    rnd = random.Random(2026)
    lines = ["Card 12: العميل يتحقق من العرض", "Card 47: الهدف (٣٤) [جديد]",
             "הלקוח בודק את ההצעה 3", "a (ب) c", "1,2 ,, 3"]
    lines += ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 14)))
              for _ in range(4000)]
    for line in lines:
        assert bidi_levels.levels(line) == bidi_levels.uncached_levels(line), repr(line)


def test_lines_of_one_shape_share_one_resolution():
    bidi_levels._key_levels.cache_clear()
    for n in range(10, 60):
        bidi_levels.levels(f"Card {n}: العميل يتحقق من العرض")
    info = bidi_levels._key_levels.cache_info()
    assert info.misses == 1 and info.hits == 49


def test_export_pauses_the_collector_and_turns_it_back_on(tmp_path):
    doc, _ = make_project(tmp_path / "p.mapstudio")
    seen = []
    try:
        export_map(doc, tmp_path / "x.pdf", ExportOptions("pdf", paper="A3"),
                   progress=lambda *_: seen.append(gc.isenabled()))
    finally:
        doc.close()
    assert seen and not any(seen)
    assert gc.isenabled()
