"""Living-map features wired into the main window: the Health panel and the comparison
with a saved version (View menu), KPI values from data and linked journeys (Map menu)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ..dialogs.metrics_update import ask_update_metrics
from ..docks.health_dock import HealthDock
from .comparison import Comparison
from .links import LinkNavigator


def _tr(text: str) -> str:
    return QCoreApplication.translate("LivingFeatures", text)


class LivingFeatures:
    def __init__(self, window) -> None:
        self.window = window
        self.health_dock = HealthDock(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.health_dock)
        self.comparison = Comparison(window)
        self.actions: dict[str, QAction] = {}
        view_menu = window.menuBar().findChild(QMenu, "ViewMenu")
        view_menu.addSeparator()
        self._add(view_menu, "compare", _tr("Compare with &version…"), self.comparison.ask)
        self._add(view_menu, "clear_comparison", _tr("C&lear comparison"),
                  self.comparison.clear)
        view_menu.addAction(self.health_dock.toggleViewAction())
        map_menu = window.menuBar().findChild(QMenu, "MapMenu")
        map_menu.addSeparator()
        self._add(map_menu, "update_metrics", _tr("Update &metrics…"),
                  lambda: ask_update_metrics(window))
        self.links = LinkNavigator(window)
        self._add(map_menu, "link", _tr("&Link to map…"), self.link_selection)
        self._add(map_menu, "back", _tr("&Back to the linking map"), self.links.back)
        self.actions["back"].setShortcut("Alt+Left")
        window.maps_dock.map_selected.connect(self.links.map_changed)
        self._scene = None
        window.stack.currentChanged.connect(lambda _index: self.document_changed())
        self.document_changed()

    def _add(self, menu: QMenu, key: str, text: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.setStatusTip(text.replace("&", "").rstrip("…"))
        action.setToolTip(action.statusTip())
        action.triggered.connect(slot)
        self.window.addAction(action)
        menu.addAction(action)
        self.actions[key] = action
        return action

    def document_changed(self) -> None:
        """Follow the window's open project (called when the canvas comes or goes)."""
        if self.window.scene is self._scene:
            return
        self._scene = self.window.scene
        for action in self.actions.values():
            action.setEnabled(self._scene is not None)
        self.comparison.document_changed()
        if self._scene is not None:
            self._scene.relaid.connect(self.health_dock.refresh)
            self.window.view.follow_link.connect(self.links.follow)
            self.window.view.link_requested.connect(self.links.ask_link)
        self.links.trail.clear()
        self.links.refresh()
        self.health_dock.refresh()

    def link_selection(self) -> bool:
        """Map ▸ Link to map…: the selected card, else the stage in the inspector."""
        scene = self.window.scene
        if scene is None:
            return False
        cards = scene.selected_card_ids()
        if cards:
            return self.links.ask_link("card", cards[0])
        target = self.window.inspector.target
        if target is not None and target[0] == "stage":
            return self.links.ask_link("stage", target[1])
        return False
