"""Where the main window's panels go: first-start sizes, the saved layout, the start screen
(panels step aside), focus mode (panels hidden, one key) and a first zoom that shows
several stages.

A first start puts Maps and Personas as tabs on the left with the palette grid under
them, and the inspector on the right, wide enough for all its fields. From then on the
layout (sizes included) is the one the user leaves: `QMainWindow.saveState` on close,
taken with the panels of an open project shown and focus mode off.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow

LEFT_WIDTH = 240       # Maps, Personas and the palette's two columns
INSPECTOR_WIDTH = 300  # every inspector field whole, labels included
STAGES_IN_VIEW = 3     # a first zoom that shows this many stages, if the map has them
MIN_FIRST_ZOOM = 0.6


def _tr(text: str) -> str:
    return QCoreApplication.translate("WindowLayout", text)


class WindowLayout(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.parked: list[QDockWidget] = []     # stepped aside for the start screen
        self.focus_hidden: list[QDockWidget] = []  # hidden by focus mode
        self.on_top: list[QDockWidget] = []  # the current tab of each group of docks
        self.sizes: dict[QDockWidget, tuple[int, int]] = {}  # of docks while hidden
        self.saved_state = None  # the saved layout, applied again when docks first show
        self.focus_action = QAction(_tr("&Focus mode"), window)
        self.focus_action.setCheckable(True)
        self.focus_action.setShortcut(QKeySequence("F11"))
        tip = _tr("Hide the panels to give the map the whole window; again to bring them back")
        self.focus_action.setStatusTip(tip)
        self.focus_action.setToolTip(f"{tip} (F11)")
        self.focus_action.toggled.connect(self.set_focus_mode)
        window.addAction(self.focus_action)

    def docks(self) -> list[QDockWidget]:
        return self.window.findChildren(QDockWidget)

    # ---- first start and the saved layout ---------------------------------------------

    def arrange_first_start(self) -> None:
        """Panels at sizes where everything in them shows (no saved layout yet)."""
        w = self.window
        personas = w.journey.persona_dock
        w.tabifyDockWidget(w.maps_dock, personas)
        w.tabifyDockWidget(w.inspector, w.history_dock)
        health = w.findChild(QDockWidget, "HealthDock")
        if health is not None:  # a tab beside the inspector: it never squeezes its fields
            w.tabifyDockWidget(w.inspector, health)
        self.on_top = [w.maps_dock, w.inspector]
        w.resizeDocks([w.maps_dock, w.inspector], [LEFT_WIDTH, INSPECTOR_WIDTH],
                      Qt.Orientation.Horizontal)
        w.resizeDocks([w.palette_dock], [w.palette_dock.fitting_height(LEFT_WIDTH)],
                      Qt.Orientation.Vertical)

    def restore_geometry(self) -> None:
        """Where the window was, before it first shows."""
        geometry = self.window.settings.store.value("window/geometry")
        if geometry is not None:
            self.window.restoreGeometry(geometry)

    def restore_state(self) -> None:
        """Where the panels were (once they exist), or the first-start arrangement."""
        state = self.window.settings.store.value("window/state")
        if state is None or not self.window.restoreState(state):
            self.arrange_first_start()
        else:
            self.saved_state = state

    def save(self) -> None:
        """The layout with a project open: panels back from the start screen and focus
        mode, so the next start has them."""
        self.set_focus_mode(False)
        self.park(False)
        store = self.window.settings.store
        store.setValue("window/geometry", self.window.saveGeometry())
        store.setValue("window/state", self.window.saveState())

    def _hide_docks(self, measure: bool = True) -> list[QDockWidget]:
        """Hide the shown docks; remember them and (`measure`: they have been laid out)
        their sizes and the tab each group had in front."""
        shown = [d for d in self.docks() if not d.isHidden()]
        if measure and self.window.isVisible():
            self.on_top = [d for d in shown if self.window.tabifiedDockWidgets(d)
                           and not d.visibleRegion().isEmpty()]
            self.sizes = {d: (d.width(), d.height()) for d in shown if not d.isFloating()}
        for dock in shown:
            dock.hide()
        return shown

    def _show_docks(self, docks: list[QDockWidget]) -> None:
        for dock in docks:
            dock.show()
        sized = [d for d in docks if d in self.sizes]  # Qt would give them their size hints
        self.window.resizeDocks(sized, [self.sizes[d][0] for d in sized],
                                Qt.Orientation.Horizontal)
        self.window.resizeDocks(sized, [self.sizes[d][1] for d in sized],
                                Qt.Orientation.Vertical)
        for dock in self.on_top:  # showing a tab brings it to the front: put back the one
            if dock in docks:     # that was there
                dock.raise_()

    # ---- start screen ------------------------------------------------------------------

    def park(self, park: bool, *, new_panels: bool = False) -> None:
        """The start screen gets the whole window: panels of an open project step aside
        and come back, as they were, when a project opens. `new_panels`: just built, never
        laid out, so their sizes and front tabs are the arranged ones, not measured."""
        if park:
            self.set_focus_mode(False)
        if park and not self.parked:
            self.parked = self._hide_docks(measure=not new_panels)
        elif not park:
            self._show_docks(self.parked)
            self.parked = []
            if self.saved_state is not None:  # sizes are only right in a shown layout
                state, self.saved_state = self.saved_state, None
                self.window.restoreState(state)
                header = getattr(getattr(self.window, "journey", None), "header_bar", None)
                if header is not None:
                    header.setVisible(self.window.doc is not None)
        self.focus_action.setEnabled(not park)

    # ---- focus mode ----------------------------------------------------------------------

    def set_focus_mode(self, on: bool) -> None:
        if on == bool(self.focus_hidden) and on == self.focus_action.isChecked():
            return
        if on and not self.focus_hidden:
            self.focus_hidden = self._hide_docks()
            view = self.window.view
            if view is not None:
                view.setFocus()
        elif not on:
            self._show_docks(self.focus_hidden)
            self.focus_hidden = []
        if self.focus_action.isChecked() != on:
            self.focus_action.setChecked(on)
        self.window.statusBar().showMessage(
            _tr("Focus mode: F11 brings the panels back") if on else "", 4000)

    # ---- first zoom ----------------------------------------------------------------------

    def zoom_to_show_stages(self) -> None:
        """If the first stages do not fit at 100 %, zoom out (not below 60 %) so that
        STAGES_IN_VIEW of them do, with the lane headers."""
        view, scene = self.window.view, self.window.scene
        geometry = getattr(scene, "geometry", None)
        if view is None or geometry is None or not geometry.stages:
            return
        boxes = sorted(geometry.stages.values(), key=lambda b: b.rect.x)
        last = boxes[min(STAGES_IN_VIEW, len(boxes)) - 1].rect
        needed = last.x + last.w + 24 - min(0.0, scene.sceneRect().x())
        available = view.viewport().width()
        if needed > available > 0:
            view.set_zoom(max(MIN_FIRST_ZOOM, available / needed))
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
        view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
