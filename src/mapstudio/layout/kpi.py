"""Is a KPI better when it is lower? Its chosen direction, else read from unit and name.

A metric may say which way is better (`Metric.direction`); when it does not, the
value-vs-target bar guesses, in every shipped language: durations (days, minutes…) are
lower-is-better unless the name says the time is spent by choice (viewing hours); names
about waiting, cost, errors, complaints, churn, returns, no-shows and the like are
lower-is-better unless the name says what is counted is a success ("on-time", "paid",
"win-back", NPS, conversion…). Only the words before a time window count ("refunds paid
within 10 days" is about payment, not refunds), and a negated cue ("not returned") is no
cue. Everything else is higher-is-better.
"""

from __future__ import annotations

import re
from functools import lru_cache

TIME_UNITS = frozenset("""
    s sec secs second seconds ms min mins minute minutes h hr hrs hour hours d day days
    wk wks week weeks
    secondi secondo minuti minuto ore ora giorni giorno gg settimane settimana
    sek sekund sekundy godz godzin godziny godzina dni dzień dzien tydzień tygodnie tygodni
    seg segundo segundos minutos hora horas día días dia dias semana semanas
    с сек секунд секунды мин минут минуты ч час часа часов дн дня дней день нед недели недель
""".split())

LOWER_CUES = (
    # en
    "wait", "duration", "delay", "churn", "cost", "error", "complaint", "dispute", "abandon",
    "drop-off", "dropoff", "bounce", "cancel", "defect", "escalat", "backlog", "turnaround",
    "handling time", "time to", "lead time", "cycle time", "response time", "repeat call",
    "repeat contact", "failure", "incident", "refund", "chargeback", "overdue", "late ",
    "days to", "hours to", "minutes to", "did not attend", "did-not-attend", "dna rate",
    "no-show", "no show", "attrition", "return rate", "returns", "returned", "contacts",
    "contact rate", "calls per", "downgrad", "lapse rate", "rework", "reopen",
    # it
    "attesa", "durata", "ritard", "abbandon", "costo", "costi", "error", "reclam",
    "contestazion", "disdett", "tempo di", "tempi di", "rimbalz", "resi ", "reso ",
    "tasso di reso", "mancata presentazion", "contatti per", "declassament",
    # pl
    "czas", "oczekiwan", "opóźnien", "rezygnac", "koszt", "błęd", "reklamac", "skarg",
    "porzuc", "odejś", "odrzuc", "zwrot", "rotacj", "nieobecnoś", "kontakty na",
    "odbić", "odbic",
    # es
    "espera", "duración", "retraso", "abandono", "coste", "costo", "reclamac", "queja",
    "disputa", "cancelac", "tiempo de", "bajas", "rebote", "devoluc", "rotación",
    "inasistenc", "contactos por",
    # ru
    "время", "ожидан", "длительн", "задержк", "отток", "стоимост", "затрат", "ошиб", "жалоб",
    "спор", "отказ", "брошен", "возврат", "неявк", "текучест", "даунгрейд", "понижени",
    "обращений на",
)

HIGHER_CUES = (  # successes counted: they win over a lower cue in the same name
    "on-time", "on time", "first-time", "first time", "first contact", "first-contact",
    "satisfaction", "nps", "csat", "conversion", "retention", "adoption", "success",
    "win-back", "win back", "winback", "won back", "reactivat", "paid", "kept",
    "resolved", "recovered", "renewal", "upgrade",
    "puntualità", "primo contatto", "soddisfazion", "fidelizzazion", "riattivat",
    "konwersj", "satysfakc", "pierwszym kontakcie", "retencj", "na czas", "odzyskan",
    "satisfacción", "conversión", "retención", "primer contacto", "a tiempo", "recuperad",
    "конверс", "удовлетвор", "удержан", "с первого", "вовремя", "вернувш",
)

# With a duration unit the time is usually waited for, unless the name says it is time
# the customer chooses to spend: viewing hours, listening minutes, time in the app.
USAGE_CUES = (
    "viewing", "watch", "listening", "playing", "played", "reading", "usage", "use ",
    "engagement", "engaged", "active", "in app", "in-app", "on site", "spent", "uptime",
    "streamed", "streaming",
    "visione", "ascolto", "utilizzo", "permanenza",
    "oglądan", "słuchan", "korzystan", "użytkowan",
    "visualizac", "escucha", "uso ", "permanencia",
    "просмотр", "прослушиван", "использован", "в приложении",
)

# A time window after the measured thing ("refunds paid within 10 days", "win-back rate
# within 6 months of cancellation") qualifies it: words after it say when, not what.
QUALIFIERS = (" within ", " after ", " before ", " (", " entro ", " w ciągu ", " w terminie ",
              " dentro de ", " en menos de ", " в течение ", " за ")
NEGATIONS = ("not", "no", "without", "non", "senza", "nie", "bez", "sin", "без", "не")


def _head(text: str) -> str:
    """The name up to its first time window or parenthesis."""
    cut = min((i for i in (text.find(q, 1) for q in QUALIFIERS) if i > 0), default=len(text))
    return text[:cut] + " "


def _has(text: str, cues: tuple[str, ...]) -> bool:
    """Whether a cue occurs not negated ("orders not returned" is no return)."""
    for cue in cues:
        start = text.find(cue)
        while start >= 0:
            before = text[:start].split()
            if not before or before[-1] not in NEGATIONS:
                return True
            start = text.find(cue, start + 1)
    return False


@lru_cache(maxsize=512)
def lower_is_better(name: str, unit: str) -> bool:
    """The guess: True when reaching the target means getting down to it."""
    tokens = {t for t in re.split(r"[\s./()]+", unit.casefold()) if t}
    text = f" {name.casefold().replace('‑', '-')} "
    if tokens & TIME_UNITS:
        return not _has(text, USAGE_CUES)  # a duration: sooner is better, unless enjoyed
    head = _head(text)
    if _has(head, HIGHER_CUES):
        return False
    return _has(head, LOWER_CUES)


def is_lower_better(direction: str | None, name: str, unit: str) -> bool:
    """A KPI's chosen direction ("higher" / "lower"), else the guess from its words."""
    if direction == "lower":
        return True
    if direction == "higher":
        return False
    return lower_is_better(name or "", unit or "")


def progress(value: float, target: float | None, lower: bool) -> float:
    """How far the value has come towards its target, 0..1 (1: reached)."""
    if target is None:
        return 0.0
    if lower:
        if value <= target:
            return 1.0
        return max(0.0, min(1.0, target / value)) if value > 0 else 0.0
    if target == 0:
        return 1.0 if value >= 0 else 0.0
    return max(0.0, min(1.0, value / target))


# ---- trend ------------------------------------------------------------------------------

TREND_HEIGHT = 16.0  # points: a sparkline under the KPI bar, on screen and paper
TREND_MAX_POINTS = 60  # the newest values; older ones would be thinner than a line


def latest_value(metric) -> float | None:
    """What a KPI shows: its newest dated value, else the value typed by hand."""
    return metric.history[-1].value if metric.history else metric.value


def trend_points(values: list[float], target: float | None, x: float, y: float, w: float,
                 h: float) -> tuple[tuple[tuple[float, float], ...], float | None]:
    """A sparkline of `values` (oldest first) in the box (x, y, w, h), scaled so the target
    fits too: the points, and the target's height (None without a target)."""
    values = values[-TREND_MAX_POINTS:]
    if len(values) < 2:
        return (), None
    span_of = [*values, target] if target is not None else values
    low, high = min(span_of), max(span_of)
    if high == low:
        high, low = high + 1.0, low - 1.0
    pad = 1.5  # the stroke stays inside the box

    def height(v: float) -> float:
        return y + pad + (h - 2 * pad) * (high - v) / (high - low)

    step = w / (len(values) - 1)
    points = tuple((x + i * step, height(v)) for i, v in enumerate(values))
    return points, (height(target) if target is not None else None)
