"""The export dialog's preflight: the same findings the CLI prints, listed beside the live
preview, whose offending cards are outlined (`PagePreview.marks`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...export.preflight import MIN_TEXT_PT, PreflightReport, preflight

COLOURS = {"small-text": "#b45309", "uncovered": "#b91c1c", "low-ppi": "#7c3aed",
           "contrast": "#0369a1", "tile-cut": "#be185d"}


class PreflightPanel(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Preflight"))
        self.heading.setStyleSheet("font-weight: bold")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.setMaximumHeight(130)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.findings)
        self.report: PreflightReport | None = None

    def run(self, source, options, min_text_pt: float = MIN_TEXT_PT) -> PreflightReport:
        """Preflight the print these options make and show the findings."""
        report = preflight(source, options, min_text_pt)
        self.show_report(report)
        return report

    def show_report(self, report: PreflightReport | None) -> None:
        self.report = report
        self.findings.clear()
        if report is None:
            self.summary.setText(self.tr("Nothing to check for this format."))
            return
        text = self.tr("Smallest printed text: {size:.1f} pt.").format(size=report.smallest_pt)
        if report.findings:
            text += " " + self.tr("{n} finding(s); the cards concerned are outlined in the "
                                  "preview.").format(n=len(report.findings))
        else:
            text += " " + self.tr("Nothing to report: the print is ready.")
        self.summary.setText(text)
        for finding in report.findings:
            item = QListWidgetItem(finding.message)
            item.setForeground(QColor(COLOURS.get(finding.kind, "#334155")))
            item.setData(Qt.ItemDataRole.UserRole, finding.kind)
            self.findings.addItem(item)
