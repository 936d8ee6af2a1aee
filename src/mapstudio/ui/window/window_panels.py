"""The main window's docks and the features that live in them and in its menus.

Built after the start screen has painted (`MainWindow.build_panels`): the start screen
hides every dock, and these modules (inspector, maps, personas, health, the workspace's
and living maps' controllers) are most of what the window loads.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMenu, QUndoView

from ..docks.inspector_dock import InspectorDock
from ..docks.maps_dock import MapsDock
from ..docks.palette_dock import PaletteDock
from .evidence_filter import EvidenceFilter
from .journey_features import JourneyFeatures
from .living_features import LivingFeatures
from .workspace_features import WorkspaceFeatures


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def build_window_panels(window) -> None:
    """Docks, their View-menu toggles, then the features (in this order: the View menu
    lists the docks before the features' entries)."""
    window.maps_dock = MapsDock(window)
    window.palette_dock = PaletteDock(window)
    window.inspector = InspectorDock(window)
    window.history_dock = QDockWidget(_tr("History"), window)
    window.history_dock.setObjectName("HistoryDock")
    history = QUndoView(window.undo_stack)
    history.setEmptyLabel(_tr("Opened project"))  # not Qt's raw "<empty>"
    window.history_dock.setWidget(history)
    left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    window.addDockWidget(left, window.maps_dock)
    window.addDockWidget(left, window.palette_dock)
    window.addDockWidget(right, window.inspector)
    window.addDockWidget(right, window.history_dock)
    window.history_dock.hide()
    window.maps_dock.map_selected.connect(window.show_map)
    view_menu = window.menuBar().findChild(QMenu, "ViewMenu")
    for dock in (window.maps_dock, window.palette_dock, window.inspector,
                 window.history_dock):
        view_menu.addAction(dock.toggleViewAction())
    window.journey = JourneyFeatures(window)
    window.workspace = WorkspaceFeatures(window)
    window.living = LivingFeatures(window)
    window.evidence_filter = EvidenceFilter(window)
    window.actions.finish_menus()
    for dock in window.findChildren(QDockWidget):
        # Children added to a shown window stay hidden until shown; a dock nobody hid
        # shows, as it would in a window built whole (the start screen then parks it).
        if not dock.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
            dock.show()
