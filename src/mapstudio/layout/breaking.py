"""Where a line may break: grapheme clusters, CJK and Thai break opportunities.

A line never breaks inside a grapheme cluster (a letter with its marks, an Indic
conjunct, an emoji with its modifier or joiner sequence, a flag). Between Chinese,
Japanese and Korean characters a line may break without a space, but not before closing
punctuation or small kana and not after opening punctuation (the usual Japanese and
Chinese rules, after UAX #14). Thai is written without spaces between words: it breaks
between the words nlpO3 finds with the bundled PyThaiNLP word list (`resources/thai/`),
loaded on the first Thai text. Lao, and Thai without nlpo3 installed, break between
clusters only where a word is wider than the line.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from ..paths import resource_path

_VIRAMAS = frozenset("\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d4d\u0dca\u0e3a")
_JOINERS = frozenset("\u200d\u034f")
CLOSING = frozenset(
    "、。，．：；！？）」』】〕〉》〙〗〟’”｝～・ー〜ゝゞヽヾ々"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    ",.!?:;)]}%")
OPENING = frozenset("（「『【〔〈《〘〖〝‘“｛([{")


def _extends(ch: str) -> bool:
    cp = ord(ch)
    return (unicodedata.category(ch) in ("Mn", "Mc", "Me") or ch in _JOINERS
            or 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF or 0x1F3FB <= cp <= 0x1F3FF
            or 0xE0020 <= cp <= 0xE007F)


def graphemes(text: str) -> list[str]:
    """`text` cut into (extended) grapheme clusters, close to UAX #29 for our scripts."""
    out: list[str] = []
    for ch in text:
        if out:
            prev = out[-1]
            last = prev[-1]
            cp = ord(ch)
            if (_extends(ch) or last == "\u200d" or last in _VIRAMAS
                    or (last == "\r" and ch == "\n")
                    or (0x1F1E6 <= cp <= 0x1F1FF and 0x1F1E6 <= ord(last) <= 0x1F1FF
                        and _regional_count(prev) % 2 == 1)
                    or _hangul_joins(last, ch)):
                out[-1] = prev + ch
                continue
        out.append(ch)
    return out


def _regional_count(cluster: str) -> int:
    return sum(1 for c in cluster if 0x1F1E6 <= ord(c) <= 0x1F1FF)


def _hangul_joins(a: str, b: str) -> bool:
    """Conjoining jamo: leading + vowel, vowel + trailing (precomposed syllables need not)."""
    x, y = ord(a), ord(b)
    lead, vowel, trail = (0x1100 <= y <= 0x115F), (0x1160 <= y <= 0x11A7), (0x11A8 <= y <= 0x11FF)
    return ((0x1100 <= x <= 0x115F and (lead or vowel))
            or ((0x1160 <= x <= 0x11A7 or 0xAC00 <= x <= 0xD7A3) and (vowel or trail))
            or (0x11A8 <= x <= 0x11FF and trail))


def is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return (0x2E80 <= cp <= 0x9FFF or 0xAC00 <= cp <= 0xD7AF or 0xF900 <= cp <= 0xFAFF
            or 0xFF00 <= cp <= 0xFFEF or 0x20000 <= cp <= 0x3FFFF or 0x1100 <= cp <= 0x11FF)


def is_thai(ch: str) -> bool:
    return "\u0e01" <= ch <= "\u0e5b"


THAI_WORDS = "thai/words_th.txt"


@cache
def _thai_segmenter():
    """nlpO3's segment with the word list loaded once, or None without nlpo3."""
    try:
        from nlpo3 import load_dict, segment
    except ImportError:  # pragma: no cover - a dependency; Thai then breaks by cluster
        return None
    _, loaded = load_dict(str(resource_path(THAI_WORDS)), "mapstudio-th")
    return (lambda text: segment(text, "mapstudio-th")) if loaded else None


def thai_words(text: str) -> list[str]:
    """`text` cut between Thai words (other characters stay with their neighbours)."""
    segment = _thai_segmenter()
    if segment is None:
        return [text]
    out: list[str] = []
    for token in segment(text):
        if out and not (is_thai(token[0]) and is_thai(out[-1][-1])):
            out[-1] += token  # only Thai after Thai breaks; "42บาท" stays whole
        else:
            out.append(token)
    return out


@lru_cache(maxsize=65536)
def pieces(word: str) -> tuple[str, ...]:
    """A word without spaces cut where a line may break inside it (Thai and CJK)."""
    if word.isascii():
        return (word,)
    if any(is_thai(ch) for ch in word):
        return tuple(thai_words(word))
    if not any(is_cjk(ch) for ch in word):
        return (word,)
    clusters = graphemes(word)
    out = [clusters[0]]
    for prev, cur in zip(clusters, clusters[1:], strict=False):
        a, b = prev[0], cur[0]
        breakable = (is_cjk(a) or is_cjk(b)) and b not in CLOSING and a not in OPENING \
            and not (a in CLOSING and not is_cjk(b) and not b.isspace() and b.isascii()
                     and not b.isalnum())
        if breakable:
            out.append(cur)
        else:
            out[-1] += cur
    return tuple(out)


def drop_last_cluster(text: str) -> str:
    """`text` without its last grapheme cluster (for ellipsis truncation)."""
    clusters = graphemes(text)
    return "".join(clusters[:-1])
