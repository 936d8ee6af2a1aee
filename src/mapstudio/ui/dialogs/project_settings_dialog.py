"""Project settings: title, description, the agency branding printed on every export, and
the language of the words the map adds (lane captions, badges, footer) on screen and paper.

Agencies hand journey maps to clients under their own name: the brand name and logo go
into the PDF title block. Changes apply as one undoable step when the dialog is accepted.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ... import i18n
from ...commands import EditProjectCommand
from ...commands.base import check_picture
from ...model import MapStudioError

MAX_LOGO_FILE = 64 * 1024 * 1024  # read no further: the image checks refuse it anyway
LOGO_PREVIEW = (220, 70)
IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)"


class ProjectSettingsDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProjectSettingsDialog")
        self.setWindowTitle(self.tr("Project settings"))
        self.session = session
        self.doc = session.document
        project = self.doc.project()
        self.logo_id = project.settings.brand_logo_asset_id
        self.logo_data: bytes | None = None  # a new logo, stored when the dialog is accepted
        self.title = QLineEdit(project.title)
        self.description = QPlainTextEdit(project.description)
        self.description.setFixedHeight(80)
        self.brand = QLineEdit(project.settings.brand_name)
        self.brand.setPlaceholderText(self.tr("e.g. your agency or team name"))
        self.logo = QLabel()
        self.logo.setFixedSize(*LOGO_PREVIEW)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setStyleSheet("QLabel { border: 1px dashed palette(mid); }")
        choose = QPushButton(self.tr("Choose…"))
        self.remove_logo = QPushButton(self.tr("Remove"))
        choose.clicked.connect(self.ask_logo)
        self.remove_logo.clicked.connect(lambda: self._set_logo(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addWidget(choose)
        logo_row.addWidget(self.remove_logo)
        logo_row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Brand name"), self.brand)
        form.addRow(self.tr("Brand logo"), logo_row)
        self.language = QComboBox()
        self.language.addItem(self.tr("Interface language"), "")
        for code in i18n.SUPPORTED:
            self.language.addItem(i18n.NATIVE_NAMES.get(code, code), code)
        if self.language.findData(project.settings.language) < 0:  # a language not shipped
            self.language.addItem(project.settings.language, project.settings.language)
        self.language.setCurrentIndex(self.language.findData(project.settings.language))
        self.language.setToolTip(self.tr("The language of the words the map adds on screen "
                                         "and on paper: lane captions, badges, legend, "
                                         "footer"))
        form.addRow(self.tr("Map language"), self.language)
        hint = QLabel(self.tr("Brand name and logo appear in the title block of printed "
                              "and exported maps."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form.addRow(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._set_logo(self.logo_id)
        self.resize(520, 370)

    def _set_logo(self, asset_id: str | None, data: bytes | None = None) -> None:
        self.logo_id, self.logo_data = asset_id, data
        self.remove_logo.setEnabled(asset_id is not None or data is not None)
        if asset_id is None and data is None:
            self.logo.setPixmap(QPixmap())
            self.logo.setText(self.tr("No logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(data if data is not None else self.doc.asset(asset_id).data)
        self.logo.setPixmap(pixmap.scaled(*LOGO_PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))

    def load_logo(self, path: Path) -> bool:
        """Check and store the image; a bad file gives a message and changes nothing."""
        try:
            with open(path, "rb") as fh:
                data = fh.read(MAX_LOGO_FILE + 1)
            if len(data) > MAX_LOGO_FILE:
                raise MapStudioError(self.tr("{0}: larger than 64 MB").format(path.name))
            check_picture(data)
        except (OSError, MapStudioError) as exc:
            QMessageBox.warning(self, self.tr("Brand logo"), str(exc))
            return False
        self._set_logo(None, data)
        return True

    def ask_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Brand logo"), "",
                                              self.tr(IMAGE_FILTER))
        if path:
            self.load_logo(Path(path))

    def changes(self) -> dict:
        project = self.doc.project()
        settings = replace(project.settings, brand_name=self.brand.text().strip(),
                           brand_logo_asset_id=self.logo_id,
                           language=self.language.currentData() or "")
        wanted = {"title": self.title.text().strip() or project.title,
                  "description": self.description.toPlainText().strip(),
                  "settings": settings}
        return {k: v for k, v in wanted.items() if getattr(project, k) != v}

    def accept(self) -> None:
        changes = self.changes()
        if changes or self.logo_data:
            try:
                self.session.push(EditProjectCommand(
                    self.doc, self.tr("Edit project settings"), logo=self.logo_data,
                    **changes))
            except MapStudioError as exc:
                QMessageBox.critical(self, self.tr("Project settings"), str(exc))
                return
        super().accept()
