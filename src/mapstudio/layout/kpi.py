"""Is a KPI better when it is lower? Read from its unit and name, in every shipped language.

A metric carries no direction, so the value-vs-target bar guesses: durations (days,
minutes… in en/it/pl/es/ru) and names about waiting, cost, errors, complaints, churn and the
like are lower-is-better, unless the name says what is counted is a success ("on-time",
"first-contact resolution", NPS, conversion…). Everything else is higher-is-better.
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
    "days to", "hours to", "minutes to",
    # it
    "attesa", "durata", "ritard", "abbandon", "costo", "costi", "error", "reclam",
    "contestazion", "disdett", "tempo di", "tempi di",
    # pl
    "czas", "oczekiwan", "opóźnien", "rezygnac", "koszt", "błęd", "reklamac", "skarg",
    "porzuc", "odejś",
    # es
    "espera", "duración", "retraso", "abandono", "coste", "costo", "reclamac", "queja",
    "disputa", "cancelac", "tiempo de", "bajas",
    # ru
    "время", "ожидан", "длительн", "задержк", "отток", "стоимост", "затрат", "ошиб", "жалоб",
    "спор", "отказ", "брошен", "возврат",
)

HIGHER_CUES = (  # successes counted: they win over a lower cue in the same name
    "on-time", "on time", "first-time", "first time", "first contact", "first-contact",
    "satisfaction", "nps", "csat", "conversion", "retention", "adoption", "success",
    "puntualità", "primo contatto", "soddisfazion", "fidelizzazion",
    "konwersj", "satysfakc", "pierwszym kontakcie", "retencj", "na czas",
    "satisfacción", "conversión", "retención", "primer contacto", "a tiempo",
    "конверс", "удовлетвор", "удержан", "с первого", "вовремя",
)


@lru_cache(maxsize=512)
def lower_is_better(name: str, unit: str) -> bool:
    """True when reaching the target means getting down to it."""
    tokens = {t for t in re.split(r"[\s./()]+", unit.casefold()) if t}
    if tokens & TIME_UNITS:
        return True  # a duration: sooner is better
    text = f" {name.casefold()} "
    if any(cue in text for cue in HIGHER_CUES):
        return False
    return any(cue in text for cue in LOWER_CUES)


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
