"""Journey content features wired into the main window: personas, emotion scale,
future-state counterparts and the walkthrough (issue "journey content")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QToolBar

from ...commands import AddEmotionPointCommand, SetEmotionScoreCommand, SetScaleCommand
from ...commands.journey_commands import CreateFutureStateCommand
from ...commands.persona_commands import AssignPersonasCommand
from ...model import EmotionPoint, LaneKind, MapStudioError, Series
from ...model.changes import Entity
from ..docks.map_header import MapHeaderBar
from ..personas.persona_avatar import photo_bytes
from ..personas.persona_dock import PersonaDock

if TYPE_CHECKING:  # opened on F5 only: loaded then, not before the first window
    from ..walkthrough.walkthrough import WalkthroughWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("JourneyFeatures", text)


class JourneyFeatures:
    def __init__(self, window) -> None:
        self.window = window
        self.walkthrough: WalkthroughWindow | None = None
        self.persona_dock = PersonaDock(window)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.persona_dock)
        self.actions: dict[str, QAction] = {}
        menu = window.menuBar().findChild(QMenu, "MapMenu")
        if menu is None:
            menu = window.menuBar().addMenu(_tr("&Map"))
            menu.setObjectName("MapMenu")
        menu.addSeparator()
        for key, text, slot, shortcut in (
            ("scale", _tr("Emotion &scale…"), self.edit_scale, None),
            ("future", _tr("Create &future state from this map"), self.create_future_state,
             None),
            ("counterpart", _tr("Go to &counterpart map"), self.go_to_counterpart,
             "Ctrl+Shift+G"),
            ("walkthrough", _tr("&Walkthrough"), self.start_walkthrough, "F5"),
        ):
            action = QAction(text, window)
            action.setStatusTip(text.replace("&", "").rstrip("…"))
            action.setToolTip(action.statusTip())
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            window.addAction(action)
            menu.addAction(action)
            self.actions[key] = action
        self.header = MapHeaderBar()
        self.header_bar = QToolBar(_tr("Map header"), window)
        self.header_bar.setObjectName("MapHeaderBar")
        self.header_bar.setMovable(False)
        self.header_bar.setFloatable(False)
        self.header_bar.setAllowedAreas(Qt.ToolBarArea.TopToolBarArea)
        self.header_bar.setStyleSheet("QToolBar#MapHeaderBar { background: palette(base);"
                                      " border: none; border-bottom: 1px solid palette(mid);"
                                      " padding: 0; spacing: 0; }")
        self.header_bar.addWidget(self.header)
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.header_bar)
        self.header.persona_clicked.connect(self.open_persona)
        self.header.personas_assigned.connect(self.assign_personas)
        self.header.new_persona_requested.connect(self.persona_dock.add)
        self.header.library_requested.connect(self.show_persona_library)
        self.header.counterpart_requested.connect(self.go_to_counterpart)
        self.header.future_state_requested.connect(self.create_future_state)
        window.inspector.scale_requested.connect(self.edit_scale)
        menu = window.menuBar().findChild(QMenu, "ViewMenu")
        if menu is not None:
            menu.addAction(self.persona_dock.toggleViewAction())
            menu.addAction(self.header_bar.toggleViewAction())

    # ---- hooks from the window -----------------------------------------------------------

    @property
    def session(self):
        return self.window.session

    @property
    def doc(self):
        return self.session.document if self.session is not None else None

    def document_changed(self) -> None:
        has_doc = self.doc is not None
        self.persona_dock.set_session(self.session, lambda: self.window.current_map_id)
        if self.session is not None:  # titles, types, personas and links of the map
            self.session.changed.connect(self._changed)
        for action in self.actions.values():
            action.setEnabled(has_doc)
        self.persona_dock.setEnabled(has_doc)
        self.persona_dock.refresh()
        self.header_bar.setVisible(has_doc)
        self.refresh_header()
        view = self.window.view
        if view is not None and hasattr(view, "point_double_clicked"):
            view.point_double_clicked.connect(self.edit_point_label)
            view.emotion_point_requested.connect(self.add_point_for_current_persona)
            view.inspect_requested.connect(self.inspect_selection)

    def _changed(self, changes) -> None:
        if changes.touches(Entity.MAP, Entity.PERSONA, Entity.PROJECT, Entity.ASSET):
            self.refresh_header()

    def map_changed(self) -> None:
        self.persona_dock.refresh()
        self.refresh_header()

    def refresh_header(self, _index: int = 0) -> None:
        """Show the current map in the header bar; enable the counterpart action."""
        doc, map_id = self.doc, self.window.current_map_id
        self.header.show_map(doc, map_id)
        linked = False
        if doc is not None and map_id:
            try:
                linked = bool(doc.journey_map(map_id).counterpart_id)
            except MapStudioError:
                linked = False
        self.actions["counterpart"].setEnabled(linked)
        self.actions["future"].setEnabled(doc is not None and bool(map_id))

    # ---- actions -------------------------------------------------------------------------

    def edit_scale(self) -> None:
        map_id = self.window.current_map_id
        if not map_id:
            return
        from ..dialogs.scale_dialog import ScaleDialog

        dialog = ScaleDialog(self.doc.journey_map(map_id).scale, self.window)
        if dialog.exec():
            self.session.push(SetScaleCommand(self.doc, map_id,
                                                        dialog.scale()))

    def create_future_state(self) -> str | None:
        map_id = self.window.current_map_id
        if not map_id:
            return None
        title = self.doc.journey_map(map_id).title
        base = title.replace(_tr("current state"), "").strip(" —-") or title
        command = CreateFutureStateCommand(self.doc, map_id,
                                           _tr("{0} — future state").format(base))
        if not self.session.push(command):
            return None  # not written; the window has said why
        self.window.maps_dock.refresh(select=command.copy.map.id)
        return command.copy.map.id

    def open_persona(self, persona_id: str) -> None:
        """A persona chip was clicked: show it in the library and open its editor."""
        self.show_persona_library()
        self.persona_dock.edit(persona_id)

    def show_persona_library(self) -> None:
        self.persona_dock.show()
        self.persona_dock.raise_()

    def assign_personas(self, persona_ids: list) -> None:
        map_id = self.window.current_map_id
        if not map_id or self.doc is None:
            return
        if list(persona_ids) != self.doc.journey_map(map_id).persona_ids:
            self.session.push(AssignPersonasCommand(self.doc, map_id,
                                                              list(persona_ids)))
        self.persona_dock.refresh()

    def go_to_counterpart(self) -> None:
        map_id = self.window.current_map_id
        other = self.doc.journey_map(map_id).counterpart_id if map_id else None
        if other:
            self.window.maps_dock.select(other)

    def start_walkthrough(self) -> WalkthroughWindow | None:
        from ..walkthrough.walkthrough import WalkthroughWindow

        map_id = self.window.current_map_id
        if not map_id:
            return None
        self.window.commit_editors()
        doc = self.doc

        def image(asset_id: str) -> bytes | None:
            try:
                return doc.asset(asset_id).data
            except MapStudioError:
                return None

        self.walkthrough = WalkthroughWindow(doc.load_map(map_id), doc.personas(), self.window,
                                             image_bytes=image,
                                             photo_bytes=lambda p: photo_bytes(doc, p))
        self.walkthrough.showFullScreen()
        self.walkthrough.activateWindow()
        return self.walkthrough

    def edit_point_label(self, point_id: str) -> None:
        doc = self.doc
        point = doc.emotion_point(point_id)
        label, ok = QInputDialog.getText(self.window, _tr("Emotion point"), _tr("Label:"),
                                         text=point.label)
        if ok and label != point.label:
            self.session.push(SetEmotionScoreCommand(doc, point_id, point.score,
                                                               label=label))

    def add_point(self, lane_id: str, stage_id: str, persona_id: str | None,
                  series: str = "as_is", score: float | None = None) -> None:
        doc = self.doc
        scale = doc.journey_map(self.window.current_map_id).scale
        if score is None:
            score = scale.snap((scale.min + scale.max) / 2)
        point = EmotionPoint(lane_id=lane_id, stage_id=stage_id, score=score,
                             persona_id=persona_id, series=Series(series))
        self.session.push(AddEmotionPointCommand(doc, point))

    def current_persona_id(self) -> str | None:
        """The persona picked in the Personas dock if the map shows it, else the map's
        first persona, else none (the generic customer)."""
        assigned = self.doc.journey_map(self.window.current_map_id).persona_ids
        picked = self.persona_dock.current_id()
        if picked in assigned:
            return picked
        return assigned[0] if assigned else None

    def add_point_for_current_persona(self, lane_id: str, stage_id: str,
                                      score: float) -> None:
        """A double-click on the Emotions lane: a point there, at that height."""
        self.add_point(lane_id, stage_id, self.current_persona_id(), score=score)

    def inspect_selection(self) -> None:
        window = self.window
        ids = window.scene.selected_card_ids() if window.scene else []
        if len(ids) == 1:
            window.inspector.show_card(ids[0])
        window.inspector.focus_fields()


def emotion_lane_ids(content) -> set[str]:
    return {lane.id for lane in content.lanes if lane.kind == LaneKind.EMOTIONS}
