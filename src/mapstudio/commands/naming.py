"""What History calls each change: the verb and the thing it was done to.

"Move card 'Compare rates'", "Rename stage 'Research'", "Delete 3 cards" — so the History
list reads as a log of the user's work rather than a column of "Edit card".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

MAX_QUOTED = 32


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


tr = _tr  # for callers naming a verb ("Cut")

def quoted(name: str) -> str:
    name = " ".join((name or "").split())
    if len(name) > MAX_QUOTED:
        name = name[: MAX_QUOTED - 1].rstrip() + "…"
    return f"‘{name}’" if name else _tr("(untitled)")


FIELD_NAMES = {
    "body": "description", "colour": "colour", "tags": "tags", "owner": "owner",
    "metric": "KPI", "span": "span", "severity": "severity", "impact": "impact",
    "effort": "effort", "channel": "channel", "link": "link", "persona_id": "persona",
    "moment_of_truth": "moment of truth", "image_asset_id": "picture", "width": "width",
    "height": "height", "kind": "kind", "line_after": "line", "goal": "goal",
}


def fields_phrase(fields) -> str:
    names = [_tr(FIELD_NAMES.get(f, f.replace("_", " "))) for f in fields]
    return ", ".join(names)


def card_edit(title: str, fields) -> str:
    fields = list(fields)
    if fields == ["title"]:
        return _tr("Rename card {0}").format(quoted(title))
    return _tr("Change {0} of {1}").format(fields_phrase(fields), quoted(title))


def cards_verb(verb: str, titles: list[str]) -> str:
    """'Move card ‘X’' for one card, 'Move 3 cards' for several."""
    if len(titles) == 1:
        return _tr("{0} card {1}").format(verb, quoted(titles[0]))
    return _tr("{0} {1} cards").format(verb, len(titles))


def header_edit(what: str, name: str, fields) -> str:
    """`what` is 'stage' or 'lane'."""
    fields = list(fields)
    thing = _tr("stage") if what == "stage" else _tr("lane")
    if fields in (["name"], ["title"]):
        return _tr("Rename {0} {1}").format(thing, quoted(name))
    if fields == ["width"]:
        return _tr("Resize {0} {1}").format(thing, quoted(name))
    return _tr("Change {0} of {1} {2}").format(fields_phrase(fields), thing, quoted(name))
