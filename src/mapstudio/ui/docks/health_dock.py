"""The Health panel: the health check's advice on the shown map, refreshed after each
change; clicking a finding selects its card (or stage) and brings it into view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...model import health

FINDING_ROLE = Qt.ItemDataRole.UserRole
KIND_COLOURS = {  # the finding's weight at a glance, as a stripe on the left
    health.REVIEW_OVERDUE: "#dc2626", health.NO_OWNER: "#dc2626",
    health.PAIN_WITHOUT_OPPORTUNITY: "#ea580c", health.OPPORTUNITY_WITHOUT_OWNER: "#d97706",
    health.ASSUMPTIONS: "#a16207", health.KPI_WITHOUT_TARGET: "#a21caf",
    health.KPI_STALE: "#a21caf", health.STAGE_WITHOUT_TOUCHPOINT: "#2563eb",
    health.TEXT_OVERFLOW: "#475569",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Health", text)


def kind_names() -> dict[str, str]:
    return {
        health.REVIEW_OVERDUE: _tr("Review overdue"),
        health.NO_OWNER: _tr("No owner"),
        health.PAIN_WITHOUT_OPPORTUNITY: _tr("Pain point without opportunity"),
        health.OPPORTUNITY_WITHOUT_OWNER: _tr("Opportunity without owner"),
        health.ASSUMPTIONS: _tr("Assumptions"),
        health.KPI_WITHOUT_TARGET: _tr("KPI without target"),
        health.KPI_STALE: _tr("Stale KPI"),
        health.STAGE_WITHOUT_TOUCHPOINT: _tr("Stage without touchpoint"),
        health.TEXT_OVERFLOW: _tr("Text cut in print"),
    }


class HealthDock(QDockWidget):
    def __init__(self, window) -> None:
        super().__init__(_tr("Health"), window)
        self.setObjectName("HealthDock")
        self.window = window
        self.findings: list = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self.go_to)
        self.list.itemClicked.connect(self.go_to)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.summary)
        column.addWidget(self.list, 1)
        self.setWidget(body)
        self._stale = False
        self.visibilityChanged.connect(self._shown)

    def _shown(self, visible: bool) -> None:
        if visible and self._stale:
            self.refresh()

    def refresh(self) -> None:
        """The shown map's findings, on the geometry the canvas has just laid out."""
        if not self.isVisible():  # a hidden panel catches up when it is shown
            self._stale = True
            return
        self._stale = False
        scene = self.window.scene
        self.list.clear()
        if scene is None or scene.content is None or scene.geometry is None:
            self.findings = []
            self.summary.setText(self.tr("No map is open."))
            return
        from ...canvas.scene import shared_measure
        from ...layout.health import map_health  # with the first map, not at start-up

        self.findings = map_health(scene.content, shared_measure(), geometry=scene.geometry)
        names = kind_names()
        for finding in self.findings:
            item = QListWidgetItem(f"{names.get(finding.kind, finding.kind)}\n"
                                   f"{finding.message}")
            item.setData(FINDING_ROLE, finding)
            item.setForeground(QBrush(QColor(KIND_COLOURS.get(finding.kind, "#334155"))))
            item.setToolTip(finding.message)
            self.list.addItem(item)
        self.summary.setText(
            self.tr("{0} findings on this map: advice to keep it true.").format(
                len(self.findings)) if self.findings else
            self.tr("No findings: owned, reviewed, backed by evidence."))

    def go_to(self, item: QListWidgetItem) -> None:
        """Select the finding's card (or show its stage or map) and bring it into view."""
        finding = item.data(FINDING_ROLE)
        scene, view = self.window.scene, self.window.view
        if finding is None or scene is None:
            return
        if finding.target == "card" and finding.target_id in scene.cards:
            card = scene.cards[finding.target_id]
            scene.clearSelection()
            card.setSelected(True)
            view.centerOn(card)
        elif finding.target == "stage" and finding.target_id in scene.stage_items:
            scene.clearSelection()
            view.centerOn(scene.stage_items[finding.target_id])
            self.window.inspector.show_stage(finding.target_id)
        elif finding.target == "map":
            self.window.inspector.show_map(finding.map_id)
