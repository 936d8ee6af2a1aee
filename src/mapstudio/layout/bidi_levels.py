"""Bidi embedding levels of a line, by python-bidi, computed once per shape of line.

The Unicode bidi algorithm decides levels from the characters' bidi classes alone (and,
for brackets, which bracket each is). So a line is first written with one stand-in
character per class (every Latin letter an `a`, every Arabic letter an `ا`, every digit a
`1`…; brackets and other neutrals stay themselves), and runs of one strong stand-in are
cut to one character: no rule counts the letters of a run, and a run of strong letters
takes one level. "Card 12: العميل يتحقق" and "Card 47: العرض الجديد" then share one
short key, `a 11, ا ا`, resolved once; python-bidi only reports levels in a debug dump
of every byte, so a short key is also the cheaper one to read on a first sight.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")
_STRONG_RUN = re.compile("a+|\u05d0+|\u0627+|.", re.S)
# One stand-in per bidi class whose members the algorithm treats alike; other classes
# (ON with the brackets, the explicit embeddings and isolates, B, S, BN) stay as they are.
_STAND_IN = {"L": "a", "R": "\u05d0", "AL": "\u0627", "EN": "1", "AN": "\u0661",
             "WS": " ", "CS": ",", "ES": "+", "ET": "$", "NSM": "\u0300"}


class _StandIns(dict):
    """str.translate table: code point -> the stand-in of its bidi class."""

    def __missing__(self, cp: int) -> str:
        ch = chr(cp)
        self[cp] = stand_in = _STAND_IN.get(unicodedata.bidirectional(ch), ch)
        return stand_in


_TABLE = _StandIns()


def levels(text: str) -> list[int]:
    """The resolved bidi level of every character of `text` (a right-to-left line)."""
    lengths, key = [], []
    for m in _STRONG_RUN.finditer(text.translate(_TABLE)):
        lengths.append(m.end() - m.start())
        key.append(m.group()[0])
    out: list[int] = []
    for level, n in zip(_key_levels("".join(key)), lengths, strict=True):
        out += [level] * n
    return out


@lru_cache(maxsize=4096)
def _key_levels(text: str) -> tuple[int, ...]:
    return tuple(uncached_levels(text))


def uncached_levels(text: str) -> list[int]:
    """The levels python-bidi gives `text` as it is."""
    from bidi import get_display

    info = get_display(text, debug=True)  # python-bidi's Rust BidiInfo: levels per byte
    try:
        section = info[info.index("levels:"):info.index("paragraphs:")]
        per_byte = [int(v) for v in _LEVEL.findall(section)]
    except ValueError:
        per_byte = []
    if len(per_byte) != len(text.encode("utf-8", "surrogatepass")):
        return _levels_python(text)
    out, i = [], 0
    for ch in text:
        out.append(per_byte[i])
        cp = ord(ch)
        i += 1 if cp < 0x80 else 2 if cp < 0x800 else 3 if cp < 0x10000 else 4
    return out


def _levels_python(text: str) -> list[int]:
    from bidi import algorithm as bidi

    storage = bidi.get_empty_storage()
    storage["base_level"] = bidi.get_base_level(text)
    storage["base_dir"] = ("L", "R")[storage["base_level"]]
    bidi.get_embedding_levels(text, storage)
    bidi.explicit_embed_and_overrides(storage)
    bidi.resolve_weak_types(storage)
    bidi.resolve_neutral_types(storage, False)
    bidi.resolve_implicit_levels(storage, False)
    return [c["level"] for c in storage["chars"]]
