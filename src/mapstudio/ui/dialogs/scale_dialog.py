"""Choose a map's emotion scale: presets or custom labels; existing scores are rescaled."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
)

from ...model import EmotionScale, MapStudioError
from ...model.validation import validate_scale


def presets(tr) -> dict[str, EmotionScale]:
    return {
        tr("−2 … +2 (frustrated … delighted)"): EmotionScale(
            -2, 2, [tr("Frustrated"), tr("Unhappy"), tr("Neutral"), tr("Pleased"),
                    tr("Delighted")]),
        tr("1 … 5"): EmotionScale(1, 5),
        tr("1 … 10"): EmotionScale(1, 10),
        tr("Custom"): EmotionScale(-2, 2),
    }


class ScaleDialog(QDialog):
    def __init__(self, current: EmotionScale, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Emotion scale"))
        self.presets = presets(self.tr)
        self.preset = QComboBox()
        self.preset.addItems(list(self.presets))
        self.low = QSpinBox()
        self.high = QSpinBox()
        for box in (self.low, self.high):
            box.setRange(-50, 50)
        self.labels = QLineEdit()
        self.labels.setPlaceholderText(self.tr("Optional: one label per step, comma-separated"))
        self.low.setValue(current.min)
        self.high.setValue(current.max)
        self.labels.setText(", ".join(current.labels))
        self.preset.setCurrentIndex(len(self.presets) - 1)
        self.preset.currentTextChanged.connect(self._apply_preset)
        form = QFormLayout(self)
        form.addRow(self.tr("Preset"), self.preset)
        form.addRow(self.tr("Lowest score"), self.low)
        form.addRow(self.tr("Highest score"), self.high)
        form.addRow(self.tr("Labels"), self.labels)
        form.addRow(QLabel(self.tr("Existing scores keep their place on the new scale.")))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b91c1c;")
        form.addRow(self.error)

    def _apply_preset(self, name: str) -> None:
        scale = self.presets[name]
        self.low.setValue(scale.min)
        self.high.setValue(scale.max)
        self.labels.setText(", ".join(scale.labels))

    def scale(self) -> EmotionScale:
        labels = [x.strip() for x in self.labels.text().split(",") if x.strip()]
        return EmotionScale(self.low.value(), self.high.value(), labels)

    def _accept(self) -> None:
        try:
            validate_scale(self.scale())
        except MapStudioError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
