"""What History calls each change: the verb and the thing it was done to.

"Move card 'Compare rates'", "Rename stage 'Research'", "Delete 3 cards" — so the History
list reads as a log of the user's work rather than a column of "Edit card".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

MAX_QUOTED = 32


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


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
    "evidence": "evidence", "confidence": "confidence", "linked_map_id": "linked map",
    "review_by": "review date",
}


def fields_phrase(fields) -> str:
    names = [_tr(FIELD_NAMES.get(f, f.replace("_", " "))) for f in fields]
    return ", ".join(names)


def card_edit(title: str, fields) -> str:
    fields = list(fields)
    if fields == ["title"]:
        return _tr("Rename card {0}").format(quoted(title))
    return _tr("Change {0} of {1}").format(fields_phrase(fields), quoted(title))


def _cards(one: str, many: str, titles: list[str]) -> str:
    return one.format(quoted(titles[0])) if len(titles) == 1 else many.format(len(titles))


def move_cards(titles: list[str]) -> str:
    return _cards(_tr("Move card {0}"), _tr("Move {0} cards"), titles)


def delete_cards(titles: list[str]) -> str:
    return _cards(_tr("Delete card {0}"), _tr("Delete {0} cards"), titles)


def cut_cards(titles: list[str]) -> str:
    return _cards(_tr("Cut card {0}"), _tr("Cut {0} cards"), titles)


def add_card(title: str) -> str:
    return _tr("Add card {0}").format(quoted(title))


def stage_change(verb: str, name: str) -> str:
    """`verb`: add, remove or move."""
    text = {"add": _tr("Add stage {0}"), "remove": _tr("Remove stage {0}"),
            "move": _tr("Move stage {0}")}[verb]
    return text.format(quoted(name))


def lane_change(verb: str, title: str) -> str:
    text = {"add": _tr("Add lane {0}"), "remove": _tr("Remove lane {0}"),
            "move": _tr("Move lane {0}")}[verb]
    return text.format(quoted(title))


def header_edit(what: str, name: str, fields) -> str:
    """`what` is 'stage' or 'lane'."""
    fields = list(fields)
    stage = what == "stage"
    if fields in (["name"], ["title"]):
        text = _tr("Rename stage {0}") if stage else _tr("Rename lane {0}")
        return text.format(quoted(name))
    if fields == ["width"]:
        return _tr("Resize stage {0}").format(quoted(name))
    text = _tr("Change {0} of stage {1}") if stage else _tr("Change {0} of lane {1}")
    return text.format(fields_phrase(fields), quoted(name))
