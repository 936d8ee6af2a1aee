"""Edit every field of a persona; the photo comes by drag-and-drop or a file dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ...model import MapStudioError, Persona
from .persona_photo import square_photo

TEXT_FIELDS = ("name", "role", "age", "location", "segment", "market_size", "technology")
LIST_FIELDS = ("goals", "frustrations", "motivations", "channels")


class PhotoLabel(QLabel):
    """Shows the photo and accepts an image file dropped from the file manager."""

    def __init__(self, on_file) -> None:
        super().__init__()
        self._on_file = on_file
        self.setFixedSize(128, 128)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAcceptDrops(True)
        self.setStyleSheet("border: 1px dashed #94a3b8; background: #f8fafc;")

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self._on_file(Path(url.toLocalFile()))
                event.acceptProposedAction()
                return


class PersonaDialog(QDialog):
    """After exec(): `fields` holds the changed values, `photo` new photo bytes (or None)."""

    def __init__(self, persona: Persona, photo: bytes | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Persona — {0}").format(persona.name))
        self.persona = persona
        self.photo: bytes | None = None
        self.colour = persona.colour
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        labels = {"name": self.tr("Name"), "role": self.tr("Role / occupation"),
                  "age": self.tr("Age"), "location": self.tr("Location"),
                  "segment": self.tr("Segment"), "market_size": self.tr("Market size"),
                  "technology": self.tr("Technology")}
        for key in TEXT_FIELDS:
            self.edits[key] = QLineEdit(getattr(persona, key))
            form.addRow(labels[key], self.edits[key])
        for key, label in (("bio", self.tr("Bio")), ("quote", self.tr("Quote"))):
            edit = QPlainTextEdit(getattr(persona, key))
            edit.setFixedHeight(60)
            self.edits[key] = edit
            form.addRow(label, edit)
        lists = QGridLayout()
        list_labels = {"goals": self.tr("Goals"), "frustrations": self.tr("Frustrations"),
                       "motivations": self.tr("Motivations"), "channels": self.tr("Channels")}
        for i, key in enumerate(LIST_FIELDS):
            edit = QPlainTextEdit("\n".join(getattr(persona, key)))
            edit.setPlaceholderText(self.tr("One per line"))
            edit.setToolTip(self.tr("One entry per line"))
            self.edits[key] = edit
            lists.addWidget(QLabel(f"<b>{list_labels[key]}</b>"), 0, i)
            lists.addWidget(edit, 1, i)
        self.photo_label = PhotoLabel(self.load_photo_file)
        self._show_photo(photo)
        choose = QPushButton(self.tr("Choose photo…"))
        choose.clicked.connect(self._choose_photo)
        self.colour_button = QPushButton(self.tr("Colour"))
        self.colour_button.clicked.connect(self._choose_colour)
        self._show_colour()
        side = QVBoxLayout()
        side.addWidget(self.photo_label)
        side.addWidget(choose)
        side.addWidget(self.colour_button)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(side)
        top.addLayout(form, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(lists)
        layout.addWidget(buttons)
        self.resize(860, 640)

    def _show_photo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.photo_label.setPixmap(pixmap.scaled(
                128, 128, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.photo_label.setText(self.tr("Drop a photo\nhere"))

    def _show_colour(self) -> None:
        self.colour_button.setStyleSheet(f"background: {self.colour}; color: white;")

    def _choose_colour(self) -> None:
        colour = QColorDialog.getColor(QColor(self.colour), self, self.tr("Persona colour"))
        if colour.isValid():
            self.colour = colour.name()
            self._show_colour()

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose photo"), "",
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)"))
        if path:
            self.load_photo_file(Path(path))

    def load_photo_file(self, path: Path) -> bool:
        """Crop to a square; a bad or huge image shows a message and changes nothing."""
        try:
            data = square_photo(path.read_bytes())
        except (OSError, MapStudioError) as exc:
            QMessageBox.warning(self, self.tr("Photo"),
                                self.tr("{0}: {1}").format(path.name, exc))
            return False
        self.photo = data
        self._show_photo(data)
        return True

    def fields(self) -> dict:
        out = {}
        for key, edit in self.edits.items():
            if key in LIST_FIELDS:
                value = [line.strip() for line in edit.toPlainText().splitlines()
                         if line.strip()]
            elif isinstance(edit, QPlainTextEdit):
                value = edit.toPlainText().strip()
            else:
                value = edit.text().strip()
            if value != getattr(self.persona, key):
                out[key] = value
        if self.colour != self.persona.colour:
            out["colour"] = self.colour
        if "name" in out and not out["name"]:
            del out["name"]
        return out
