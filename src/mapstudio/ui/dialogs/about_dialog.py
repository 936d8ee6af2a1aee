"""Help ▸ About: version, runtime versions and the licences of everything bundled."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME, __version__
from ...paths import resource_path

DEJAVU_LICENCE = "fonts/LICENSE-DejaVu.txt"


def _read(relative: str) -> str:
    try:
        return resource_path(relative).read_text(encoding="utf-8")
    except OSError:
        return ""


class AboutDialog(QDialog):
    """A short "about" tab and one tab of licence texts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About {0}").format(APP_NAME))
        tabs = QTabWidget()
        tabs.addTab(self._about_tab(), self.tr("About"))
        tabs.addTab(self._licences_tab(), self.tr("Licences"))
        self.tabs = tabs
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(600, 460)

    def _about_tab(self) -> QWidget:
        page = QWidget()
        icon = QLabel()
        pixmap = QPixmap(str(resource_path("icons/mapstudio-128.png")))
        if not pixmap.isNull():
            icon.setPixmap(pixmap.scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<h2>{APP_NAME}</h2>")
        self.version_label = QLabel(self.tr("Version {0}").format(__version__))
        self.version_label.setObjectName("AboutVersion")
        blurb = QLabel(self.tr("An offline desktop editor for customer-journey maps, "
                               "service blueprints and personas. Your projects stay on "
                               "your computer, in one file each."))
        blurb.setWordWrap(True)
        runtime = QLabel(self.tr("Python {0} · Qt {1} · PySide6 {2} · {3}").format(
            platform.python_version(), qVersion(), PySide6.__version__, platform.system()))
        runtime.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        runtime.setWordWrap(True)
        text = QVBoxLayout()
        for widget in (title, self.version_label, blurb, runtime):
            text.addWidget(widget)
        text.addStretch(1)
        row = QHBoxLayout(page)
        row.addWidget(icon)
        row.addSpacing(12)
        row.addLayout(text, 1)
        return page

    def _licences_tab(self) -> QWidget:
        page = QWidget()
        summary = QLabel(self.tr(
            "<p><b>DejaVu Sans</b> fonts (maps on screen and in PDF): Bitstream Vera "
            "licence with DejaVu changes, public domain; full text below.</p>"
            "<p><b>Font Awesome Free</b> icons through <b>QtAwesome</b>: icons CC BY 4.0, "
            "fonts SIL Open Font License 1.1, QtAwesome code MIT.</p>"
            "<p><b>Qt</b> and <b>PySide6</b>: GNU LGPL v3. <b>SQLAlchemy</b>, "
            "<b>Alembic</b>: MIT. <b>ReportLab</b>: BSD. <b>Pillow</b>: MIT-CMU. "
            "<b>platformdirs</b>, <b>jsonschema</b>, <b>PyYAML</b>: MIT.</p>"
            "<p>The Map Studio icon is original artwork of the project.</p>"))
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.RichText)
        self.licence_text = QPlainTextEdit(_read(DEJAVU_LICENCE))
        self.licence_text.setReadOnly(True)
        layout = QVBoxLayout(page)
        layout.addWidget(summary)
        layout.addWidget(self.licence_text, 1)
        return page
