"""The map as assistive technology sees it: a table whose children are the stage headers
(column headers), lane headers (row headers) and cards (cells), each with its name, a
description saying where it is, its place on screen and whether it is selected.

A graphics view is one opaque widget to a screen reader; this interface opens it up.
Moving the selection announces the card that got it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

from ..layout.living import evidence_level
from ..model.living import open_note_counts

_installed = False
_alive: dict[int, MapAccessible] = {}  # Qt keeps raw pointers: keep the Python side alive


EVIDENCE_WORDS = {"validated": QT_TRANSLATE_NOOP("MapAccessibility", "Validated."),
                  "some_evidence": QT_TRANSLATE_NOOP("MapAccessibility", "Some evidence."),
                  "assumed": QT_TRANSLATE_NOOP("MapAccessibility", "An assumption.")}


def living_facts(card, content) -> list[str]:
    """What the card's marks show, in words: how well it is backed, its open notes."""
    facts = []
    level = evidence_level(card)
    if level is not None:
        facts.append(_tr(EVIDENCE_WORDS[level]))
    notes = open_note_counts(content.notes).get(card.id, 0)
    if notes:
        facts.append(_tr("Open review notes: {0}.").format(notes))
    return facts


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapAccessibility", text)


class MapPartAccessible(QAccessibleInterface):
    """One stage header, lane header or card."""

    def __init__(self, owner: MapAccessible, kind: str, object_id: str) -> None:
        super().__init__()
        self.owner, self.kind, self.object_id = owner, kind, object_id

    def _item(self):
        scene = self.owner.view.scene()
        items = {"card": scene.cards, "stage": scene.stage_items, "lane": scene.lane_items}
        return items[self.kind].get(self.object_id)

    def isValid(self) -> bool:  # noqa: N802
        return self._item() is not None

    def object(self) -> QObject | None:
        return None

    def window(self):
        return self.owner.window()

    def rect(self) -> QRect:
        item, view = self._item(), self.owner.view
        if item is None:
            return QRect()
        polygon = view.mapFromScene(item.sceneBoundingRect())
        local = polygon.boundingRect()
        return QRect(view.viewport().mapToGlobal(local.topLeft()), local.size())

    def text(self, kind) -> str:
        content = self.owner.view.scene().content
        if content is None:
            return ""
        stages = {s.id: s for s in content.stages}
        lanes = {lane.id: lane for lane in content.lanes}
        if self.kind == "stage":
            stage = stages.get(self.object_id)
            return (stage.name if kind == QAccessible.Text.Name else
                    _tr("Stage {0} of {1}").format(stage.position + 1, len(stages))) \
                if stage else ""
        if self.kind == "lane":
            lane = lanes.get(self.object_id)
            return (lane.title if kind == QAccessible.Text.Name else
                    _tr("Lane {0} of {1}").format(lane.position + 1, len(lanes))) \
                if lane else ""
        card = next((c for c in content.cards if c.id == self.object_id), None)
        if card is None:
            return ""
        if kind == QAccessible.Text.Name:
            return card.title or _tr("Untitled card")
        if kind == QAccessible.Text.Description:
            where = _tr("{0}, {1}").format(lanes[card.lane_id].title, stages[card.stage_id].name)
            said = f"{where}. {card.body}".strip() if card.body else where
            return " ".join([said, *living_facts(card, content)])
        return ""

    def setText(self, kind, text: str) -> None:  # noqa: N802
        pass

    def role(self):
        return {"stage": QAccessible.Role.ColumnHeader, "lane": QAccessible.Role.RowHeader,
                "card": QAccessible.Role.Cell}[self.kind]

    def state(self):
        state = QAccessible.State()
        item = self._item()
        if item is None:
            state.invalid = True
            return state
        state.selectable = self.kind == "card"
        state.selected = item.isSelected()
        state.focusable = True
        state.focused = item.isSelected() and self.owner.view.hasFocus()
        visible = self.owner.view.viewport().rect().intersects(
            self.owner.view.mapFromScene(item.sceneBoundingRect()).boundingRect())
        state.invisible = not visible
        state.offscreen = not visible
        return state

    def parent(self):
        return self.owner

    def child(self, index: int):
        return None

    def childCount(self) -> int:  # noqa: N802
        return 0

    def indexOfChild(self, child) -> int:  # noqa: N802
        return -1

    def childAt(self, x: int, y: int):  # noqa: N802
        return None

    def relations(self, *args):
        return []


class MapAccessible(QAccessibleWidget):
    """The journey view: stages, lanes, then cards in reading order."""

    def __init__(self, view) -> None:
        super().__init__(view, QAccessible.Role.Table, _tr("Journey map"))
        self.view = view
        self._parts: dict[tuple[str, str], MapPartAccessible] = {}
        self._for = None  # the content the list below was built for
        self._list: list[MapPartAccessible] = []
        self._index: dict[int, int] = {}

    def parts(self) -> list[MapPartAccessible]:
        """Built once per layout of the map (the scene replaces `content` on each), so a
        screen reader walking thousands of cards does not rebuild the list per child."""
        scene = self.view.scene()
        content = getattr(scene, "content", None)
        if content is None:
            return []
        if self._for is content:
            return self._list
        keys = [("stage", s.id) for s in content.stages] + \
               [("lane", lane.id) for lane in content.lanes] + \
               [("card", c.id) for c in content.cards]
        for key in keys:
            if key not in self._parts:
                self._parts[key] = MapPartAccessible(self, *key)
        self._for, self._list = content, [self._parts[key] for key in keys]
        self._index = {id(part): i for i, part in enumerate(self._list)}
        return self._list

    def childCount(self) -> int:  # noqa: N802
        return len(self.parts())

    def child(self, index: int):
        parts = self.parts()
        return parts[index] if 0 <= index < len(parts) else None

    def indexOfChild(self, child) -> int:  # noqa: N802
        self.parts()
        index = self._index.get(id(child), -1)
        return index if index >= 0 and self._list[index] is child else -1

    def childAt(self, x: int, y: int):  # noqa: N802
        for part in reversed(self.parts()):  # cards first: they lie over the grid
            if part.rect().contains(x, y):
                return part
        return None

    def announce_selection(self) -> None:
        """Tell assistive technology which card now has the selection."""
        ids = self.view.scene().selected_card_ids()
        if len(ids) != 1:
            return
        index = next((i for i, p in enumerate(self.parts())
                      if p.kind == "card" and p.object_id == ids[0]), -1)
        if index < 0:
            return
        event = QAccessibleEvent(self.view, QAccessible.Event.Focus)
        event.setChild(index)
        QAccessible.updateAccessibility(event)


def _factory(key: str, obj: QObject):
    from .view import JourneyView

    if isinstance(obj, JourneyView):
        key = id(obj)
        iface = _alive.get(key)
        if iface is None:
            iface = _alive[key] = MapAccessible(obj)
            obj.destroyed.connect(lambda *_args: _alive.pop(key, None))
        return iface
    return None


def install_map_accessibility() -> None:
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def map_accessible(view) -> MapAccessible | None:
    return _alive.get(id(view))
