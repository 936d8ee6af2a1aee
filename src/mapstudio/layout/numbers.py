"""KPI numbers and money written the way the map's language writes them. Pure Python.

English puts a currency symbol before the amount ("£6.40"); Italian, Polish, Spanish and
Russian put it after, with a space, and use a decimal comma ("6,40 €", "6,40 zł",
"6,40 ₽"). Symbols made of letters ("zł", "руб.") follow the amount in every language.
Amounts with a fractional part show two decimals; whole amounts none. Other numbers keep
up to six significant digits; five digits and more are grouped in thousands.
"""

from __future__ import annotations

from collections.abc import Sequence

from .text import NBSP  # between an amount and its symbol: they never part at a line end

PREFIX_SYMBOLS = frozenset({"£", "$", "€", "¥", "₽", "₹", "₩", "₺", "₴", "US$", "A$", "C$"})
SUFFIX_SYMBOLS = frozenset({"zł", "zl", "руб.", "руб", "р.", "kr", "Kč", "Ft", "lei"})
CURRENCY_SYMBOLS = PREFIX_SYMBOLS | SUFFIX_SYMBOLS
DECIMAL_COMMA = frozenset({"it", "pl", "es", "ru"})
SYMBOL_FIRST = frozenset({"en"})
GROUP = {"en": ",", "it": ".", "es": ".", "pl": NBSP, "ru": NBSP}


def _base(language: str) -> str:
    return (language or "en").replace("-", "_").split("_")[0].lower()


def is_currency(unit: str) -> bool:
    return unit.strip() in CURRENCY_SYMBOLS


def format_number(value: float, language: str = "en", decimals: int | None = None) -> str:
    """`value` with the language's decimal mark; `decimals` fixed, else as few as needed
    (up to six significant digits, never an exponent)."""
    lang = _base(language)
    value = float(value)
    if decimals is not None:
        text = f"{value:.{decimals}f}"
    elif value.is_integer():
        text = f"{int(value)}"
    elif abs(value) >= 1e6:
        text = f"{round(value)}"
    elif abs(value) >= 1e-4:
        text = f"{value:.6g}"
    else:
        text = f"{value:.6f}".rstrip("0").rstrip(".")
    if "e" in text:  # .6g of a number just under a power of ten
        text = f"{value:.6f}".rstrip("0").rstrip(".")
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    if len(whole) >= 5:
        group = GROUP.get(lang, ",")
        head = len(whole) % 3 or 3
        whole = whole[:head] + "".join(group + whole[i:i + 3]
                                        for i in range(head, len(whole), 3))
    if sign and not any(ch in "123456789" for ch in text):
        sign = ""  # no "-0"
    mark = "," if lang in DECIMAL_COMMA else "."
    return sign + whole + (mark + fraction if fraction else "")


def money_decimals(values: Sequence[float | None]) -> int:
    """Two decimals when any amount has pence or cents, else none, so a value and its
    target read alike ("£6.40 / target £5.00")."""
    return 2 if any(v is not None and round(float(v), 2) != round(float(v)) for v in values) \
        else 0


def format_quantity(value: float, unit: str, language: str = "en",
                    decimals: int | None = None) -> str:
    """A number with its unit: "£6.40", "6,40 ₽", "12,5 %", "3 days"."""
    unit = unit.strip()
    lang = _base(language)
    if is_currency(unit):
        amount = format_number(value, lang, money_decimals([value]) if decimals is None
                               else decimals)
        if unit in PREFIX_SYMBOLS and lang in SYMBOL_FIRST:
            if amount.startswith("-"):
                return f"-{unit}{amount[1:]}"
            return f"{unit}{amount}"
        return f"{amount}{NBSP}{unit}"
    number = format_number(value, lang, decimals)
    return f"{number} {unit}" if unit else number


def metric_texts(value: float, target: float | None, unit: str,
                 language: str = "en") -> tuple[str, str | None]:
    """The value and the target of a KPI as printed, money alike in both."""
    decimals = money_decimals([value, target]) if is_currency(unit) else None
    shown = format_quantity(value, unit, language, decimals)
    goal = None if target is None else format_quantity(target, unit, language, decimals)
    return shown, goal
