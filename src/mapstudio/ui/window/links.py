"""Linked journeys in the window: link a card or stage to another map, follow a link
(double-click), and a breadcrumb bar that leads back the way the user came.

A lifecycle map drills down into detailed journeys; the breadcrumb remembers the maps
left by following links, so "back" is one click. Choosing a map any other way (the Maps
panel) starts a new trail.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QInputDialog, QLabel, QToolBar, QToolButton

from ...commands import EditCardCommand, EditStageCommand


def _tr(text: str) -> str:
    return QCoreApplication.translate("Links", text)


class BreadcrumbBar(QToolBar):
    """"Lifecycle ▸ Onboarding": the maps followed into, each a button back to it."""

    def __init__(self, navigator, window) -> None:
        super().__init__(_tr("Linked maps"), window)
        self.setObjectName("BreadcrumbBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.navigator = navigator
        self.hide()

    def show_trail(self, titles: list[str], here: str) -> None:
        self.clear()
        if not titles:
            self.hide()
            return
        back = QToolButton(text=_tr("◀ Back"))
        back.setToolTip(_tr("Back to the map this link was followed from"))
        back.clicked.connect(self.navigator.back)
        self.addWidget(back)
        for index, title in enumerate(titles):
            crumb = QToolButton(text=title)
            crumb.setObjectName(f"crumb{index}")
            crumb.setAutoRaise(True)
            crumb.clicked.connect(lambda _=False, i=index: self.navigator.back_to(i))
            self.addWidget(crumb)
            self.addWidget(QLabel(" ▸ "))
        current = QLabel(f"<b>{here}</b>")
        current.setTextFormat(Qt.TextFormat.RichText)
        self.addWidget(current)
        self.show()


class LinkNavigator:
    """The trail of maps left by following links, and the actions on links."""

    def __init__(self, window) -> None:
        self.window = window
        self.trail: list[str] = []  # map ids, oldest first
        self._expected: str | None = None  # the map a follow or back is opening
        self.bar = BreadcrumbBar(self, window)
        window.addToolBarBreak()
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)

    # ---- following ---------------------------------------------------------------------

    def follow(self, map_id: str) -> None:
        current = self.window.current_map_id
        if not map_id or map_id == current or self.window.doc is None:
            return
        if map_id not in {m.id for m in self.window.doc.maps()}:
            return  # the link's map is gone (an undo will bring it back)
        self.trail.append(current)
        self._open(map_id)

    def back(self) -> None:
        if self.trail:
            self.back_to(len(self.trail) - 1)

    def back_to(self, index: int) -> None:
        target = self.trail[index]
        del self.trail[index:]
        self._open(target)

    def _open(self, map_id: str) -> None:
        self._expected = map_id
        self.window.maps_dock.select(map_id)
        self._expected = None
        self.refresh()

    def map_changed(self, _map_id: str = "") -> None:
        """A map was chosen: by a link or the breadcrumb, else a new trail starts."""
        if self._expected is None:
            self.trail.clear()
        self.refresh()

    def refresh(self) -> None:
        doc = self.window.doc
        if doc is None:
            self.trail.clear()
            self.bar.show_trail([], "")
            return
        titles = {m.id: m.title for m in doc.maps()}
        self.trail = [m for m in self.trail if m in titles]
        here = titles.get(self.window.current_map_id, "")
        self.bar.show_trail([titles[m] for m in self.trail], here)

    # ---- linking -----------------------------------------------------------------------

    def ask_link(self, kind: str, object_id: str) -> bool:
        """Pick the map a card or stage drills into (or none); one undoable edit."""
        doc, here = self.window.doc, self.window.current_map_id
        if doc is None:
            return False
        item = doc.card(object_id) if kind == "card" else doc.stage(object_id)
        others = [m for m in doc.maps() if m.id != here]
        names = [_tr("(no link)")] + [m.title for m in others]
        current = next((i + 1 for i, m in enumerate(others) if m.id == item.linked_map_id), 0)
        if not others:
            names = [_tr("(no link)")]
        choice, ok = QInputDialog.getItem(
            self.window, _tr("Link to map"),
            _tr("Double-clicking this card opens:") if kind == "card" else
            _tr("Double-clicking this stage's header opens:"), names, current, False)
        if not ok:
            return False
        index = names.index(choice)
        target = others[index - 1].id if index > 0 else None
        if target == item.linked_map_id:
            return False
        command = (EditCardCommand(doc, object_id, linked_map_id=target) if kind == "card"
                   else EditStageCommand(doc, object_id, linked_map_id=target))
        return bool(self.window.session.push(command))


def add_link_picker(inspector, form, own_map_id: str, current: str | None, commit) -> None:
    """The inspector's "Drills into" choice: another map of the project, or none."""
    others = {"": _tr("(no link)"), **{m.id: m.title for m in inspector.doc.maps()
                                       if m.id != own_map_id}}
    combo = inspector._combo(form, "linked_map", _tr("Drills into"), others, current or "",
                             commit)
    combo.setToolTip(_tr("A map of this project that details this one: double-click opens "
                         "it, and its findings and KPIs show on the card"))
    # long map titles must not widen the inspector past its dock
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
