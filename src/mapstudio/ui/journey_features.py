"""Journey content features wired into the main window: personas, emotion scale,
future-state counterparts and the walkthrough (issue "journey content")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog

from ..commands import AddEmotionPointCommand, SetEmotionScoreCommand, SetScaleCommand
from ..commands.journey_commands import CreateFutureStateCommand
from ..model import EmotionPoint, LaneKind
from .persona_dock import PersonaDock
from .scale_dialog import ScaleDialog
from .walkthrough import WalkthroughWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("JourneyFeatures", text)


class JourneyFeatures:
    def __init__(self, window) -> None:
        self.window = window
        self.walkthrough: WalkthroughWindow | None = None
        self.persona_dock = PersonaDock(window)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.persona_dock)
        self.actions: dict[str, QAction] = {}
        menu = next((a.menu() for a in window.menuBar().actions()
                     if a.text().replace("&", "") == _tr("Map")), None)
        if menu is None:
            menu = window.menuBar().addMenu(_tr("&Map"))
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
        menu = next((a.menu() for a in window.menuBar().actions()
                     if a.text().replace("&", "") == _tr("View")), None)
        if menu is not None:
            menu.addAction(self.persona_dock.toggleViewAction())

    # ---- hooks from the window -----------------------------------------------------------

    def document_changed(self) -> None:
        has_doc = self.window.doc is not None
        for action in self.actions.values():
            action.setEnabled(has_doc)
        self.persona_dock.setEnabled(has_doc)
        self.persona_dock.refresh()
        view = self.window.view
        if view is not None and hasattr(view, "point_double_clicked"):
            view.point_double_clicked.connect(self.edit_point_label)

    def map_changed(self) -> None:
        self.persona_dock.refresh()
        self._update_counterpart()

    def _update_counterpart(self) -> None:
        map_id = self.window.current_map_id
        linked = bool(map_id) and bool(self.window.doc.journey_map(map_id).counterpart_id)
        self.actions["counterpart"].setEnabled(linked)

    # ---- actions -------------------------------------------------------------------------

    def edit_scale(self) -> None:
        map_id = self.window.current_map_id
        if not map_id:
            return
        dialog = ScaleDialog(self.window.doc.journey_map(map_id).scale, self.window)
        if dialog.exec():
            self.window.undo_stack.push(SetScaleCommand(self.window.doc, map_id,
                                                        dialog.scale()))

    def create_future_state(self) -> str | None:
        map_id = self.window.current_map_id
        if not map_id:
            return None
        title = self.window.doc.journey_map(map_id).title
        base = title.replace(_tr("current state"), "").strip(" —-") or title
        command = CreateFutureStateCommand(self.window.doc, map_id,
                                           _tr("{0} — future state").format(base))
        self.window.undo_stack.push(command)
        self.window.maps_dock.refresh(select=command.copy.map.id)
        return command.copy.map.id

    def go_to_counterpart(self) -> None:
        map_id = self.window.current_map_id
        other = self.window.doc.journey_map(map_id).counterpart_id if map_id else None
        if other:
            self.window.maps_dock.select(other)

    def start_walkthrough(self) -> WalkthroughWindow | None:
        map_id = self.window.current_map_id
        if not map_id:
            return None
        self.window.commit_editors()
        self.walkthrough = WalkthroughWindow(self.window.doc.load_map(map_id),
                                             self.window.doc.personas(), self.window)
        self.walkthrough.showFullScreen()
        self.walkthrough.activateWindow()
        return self.walkthrough

    def edit_point_label(self, point_id: str) -> None:
        doc = self.window.doc
        point = doc.emotion_point(point_id)
        label, ok = QInputDialog.getText(self.window, _tr("Emotion point"), _tr("Label:"),
                                         text=point.label)
        if ok and label != point.label:
            self.window.undo_stack.push(SetEmotionScoreCommand(doc, point_id, point.score,
                                                               label=label))

    def add_point(self, lane_id: str, stage_id: str, persona_id: str | None,
                  series: str = "as_is") -> None:
        doc = self.window.doc
        scale = doc.journey_map(self.window.current_map_id).scale
        middle = scale.snap((scale.min + scale.max) / 2)
        point = EmotionPoint(lane_id=lane_id, stage_id=stage_id, score=middle,
                             persona_id=persona_id, series=series)
        self.window.undo_stack.push(AddEmotionPointCommand(doc, point))


def emotion_lane_ids(content) -> set[str]:
    return {lane.id for lane in content.lanes if lane.kind == LaneKind.EMOTIONS}
