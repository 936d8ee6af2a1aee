"""Map ▸ Save as template: the shown map, its personas and pictures go to "My templates".

Agencies reuse their own structures from client to client; a saved map appears in the
template gallery under "My templates", where it can be started from or deleted.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from ...i18n import NATIVE_NAMES, SUPPORTED
from ...model import MapStudioError
from ...templates import catalogue


class SaveTemplateDialog(QDialog):
    def __init__(self, document, map_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SaveTemplateDialog")
        self.setWindowTitle(self.tr("Save as template"))
        self.doc = document
        self.map_id = map_id
        self.saved: catalogue.TemplateEntry | None = None
        self.name = QLineEdit(document.journey_map(map_id).title)
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("When to use it, for which client or "
                                                    "industry (optional)"))
        self.description.setFixedHeight(80)
        self.language = QComboBox()
        for code in SUPPORTED:
            self.language.addItem(NATIVE_NAMES[code], code)
        project_language = document.project().settings.language or "en"
        self.language.setCurrentIndex(max(0, self.language.findData(project_language)))
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.name.textChanged.connect(lambda text: save.setEnabled(bool(text.strip())))
        form.addRow(buttons)
        self.resize(460, 240)

    def accept(self) -> None:
        name = self.name.text().strip()
        try:
            data = catalogue.map_as_template(self.doc.export_data(), self.map_id, name)
            self.saved = catalogue.save_as_template(
                data, name, self.description.toPlainText().strip(),
                language=self.language.currentData())
        except (OSError, MapStudioError) as exc:
            QMessageBox.critical(self, self.tr("Save as template"), str(exc))
            return
        super().accept()
