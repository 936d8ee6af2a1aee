"""Edit ▸ Preferences: language, look, new-map defaults, printing, canvas and backups.

The dialog reads and writes `mapstudio.settings.Settings`; on OK it saves, applies the
theme and language at once and emits `preferences_changed` so the main window can re-read
canvas and backup options. `apply_preferences()` applies the saved look at start-up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import i18n
from ...backups import default_backup_root
from ...settings import PAPERS, TILE_PAPERS, ScaleDefault, Settings
from ..window.theme import apply_preferences, apply_theme, dark_palette  # noqa: F401 - re-exported


class PreferencesDialog(QDialog):
    """Tabs of preferences; OK saves and applies, Cancel forgets the edits."""

    preferences_changed = Signal()

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PreferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings or Settings()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._maps_tab(), self.tr("Maps and printing"))
        self.tabs.addTab(self._canvas_tab(), self.tr("Canvas"))
        self.tabs.addTab(self._backup_tab(), self.tr("Backups"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)
        self.load()

    # -- tabs --------------------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        for code in i18n.SUPPORTED:
            self.language.addItem(i18n.NATIVE_NAMES[code], code)
        self.language.setToolTip(self.tr("The language of menus and dialogs"))
        self.theme = QComboBox()
        for code, label in (("system", self.tr("Follow the system")),
                            ("light", self.tr("Light")), ("dark", self.tr("Dark")),
                            ("high_contrast", self.tr("High contrast"))):
            self.theme.addItem(label, code)
        self.theme.setToolTip(self.tr("Light, dark or high-contrast windows; maps always print "
                                      "on white"))
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Theme:"), self.theme)
        self.review_author = QLineEdit()
        self.review_author.setToolTip(self.tr("The name your review notes are signed with"))
        form.addRow(self.tr("&Your name in review notes:"), self.review_author)
        note = QLabel(self.tr("Some texts change language only after a restart."))
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow(note)
        return page

    def _maps_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.scale_min = QSpinBox()
        self.scale_min.setRange(-10, 9)
        self.scale_max = QSpinBox()
        self.scale_max.setRange(-9, 10)
        self.scale_min.valueChanged.connect(
            lambda v: self.scale_max.setValue(max(self.scale_max.value(), v + 1)))
        self.scale_max.valueChanged.connect(
            lambda v: self.scale_min.setValue(min(self.scale_min.value(), v - 1)))
        scale = QHBoxLayout()
        scale.addWidget(QLabel(self.tr("from")))
        scale.addWidget(self.scale_min)
        scale.addWidget(QLabel(self.tr("to")))
        scale.addWidget(self.scale_max)
        scale.addStretch(1)
        self.paper = QComboBox()
        for name in PAPERS:
            label = {"fit": self.tr("Fit to the map"),
                     "auto": self.tr("Automatic (readable type)")}.get(name, name)
            self.paper.addItem(label, name)
        self.tile_paper = QComboBox()
        for name in TILE_PAPERS:
            self.tile_paper.addItem(name or self.tr("No tiling (one sheet)"), name)
        self.tile_paper.setToolTip(self.tr("Print large maps as a poster of several sheets"))
        self.overlap = QDoubleSpinBox()
        self.overlap.setRange(0.0, 50.0)
        self.overlap.setSuffix(self.tr(" mm"))
        self.overlap.setDecimals(0)
        self.overlap.setToolTip(self.tr("How much neighbouring sheets overlap for gluing"))
        form.addRow(self.tr("Default emotion scale:"), scale)
        form.addRow(self.tr("Default &paper:"), self.paper)
        form.addRow(self.tr("Poster &tiling:"), self.tile_paper)
        form.addRow(self.tr("Tile &overlap:"), self.overlap)
        return page

    def _canvas_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.show_grid = QCheckBox(self.tr("Show the &grid"))
        self.snap = QCheckBox(self.tr("&Snap to the grid while dragging"))
        self.grid_size = QSpinBox()
        self.grid_size.setRange(2, 64)
        self.grid_size.setSuffix(self.tr(" pt"))
        form.addRow(self.show_grid)
        form.addRow(self.snap)
        form.addRow(self.tr("Grid si&ze:"), self.grid_size)
        self.wheel_zooms = QCheckBox(self.tr("The mouse &wheel zooms (instead of scrolling)"))
        self.wheel_zooms.setToolTip(self.tr(
            "For a mouse without a trackpad. Ctrl+wheel zooms either way; two-finger "
            "scrolling on a trackpad always moves the map."))
        form.addRow(self.wheel_zooms)
        return page

    def _backup_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.backups_enabled = QCheckBox(self.tr("&Keep backups of open projects"))
        self.backup_folder = QLineEdit()
        self.backup_folder.setPlaceholderText(str(default_backup_root()))
        self.backup_folder.setToolTip(self.tr("Leave empty for the default folder"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.choose_backup_folder)
        show = QPushButton(self.tr("S&how"))
        show.setToolTip(self.tr("Open the backup folder in the file manager"))
        show.clicked.connect(self.show_backup_folder)
        folder = QHBoxLayout()
        folder.addWidget(self.backup_folder, 1)
        folder.addWidget(browse)
        folder.addWidget(show)
        self.backup_count = QSpinBox()
        self.backup_count.setRange(1, 100)
        self.backup_count.setToolTip(self.tr("Older versions are deleted"))
        self.backup_interval = QSpinBox()
        self.backup_interval.setRange(1, 240)
        self.backup_interval.setSuffix(self.tr(" min"))
        form.addRow(self.backups_enabled)
        form.addRow(self.tr("Backup folder:"), folder)
        form.addRow(self.tr("Versions to &keep per project:"), self.backup_count)
        form.addRow(self.tr("Back up &every:"), self.backup_interval)
        explain = QLabel(self.tr("Projects are saved as you edit; backups let you go back "
                                 "to an earlier version of a file."))
        explain.setWordWrap(True)
        explain.setEnabled(False)
        form.addRow(explain)
        return page

    def choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"),
            self.backup_folder.text() or str(default_backup_root()))
        if folder:
            self.backup_folder.setText(folder)

    def show_backup_folder(self) -> None:
        folder = Path(self.backup_folder.text().strip() or default_backup_root())
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- load and save -----------------------------------------------------------------
    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def load(self) -> None:
        s = self.settings
        self._select(self.language, s.language)
        self._select(self.theme, s.theme)
        self.review_author.setText(s.review_author)
        scale = s.default_scale
        self.scale_min.setValue(scale.min)
        self.scale_max.setValue(scale.max)
        self.scale_min.setValue(scale.min)
        self._select(self.paper, s.default_paper)
        self._select(self.tile_paper, s.tile_paper)
        self.overlap.setValue(s.tile_overlap_mm)
        self.show_grid.setChecked(s.show_grid)
        self.snap.setChecked(s.snap_to_grid)
        self.wheel_zooms.setChecked(s.wheel_zooms)
        self.grid_size.setValue(s.grid_size)
        self.backups_enabled.setChecked(s.backups_enabled)
        self.backup_folder.setText(s.backup_folder)
        self.backup_count.setValue(s.backup_count)
        self.backup_interval.setValue(s.backup_interval_minutes)

    def save(self) -> None:
        s = self.settings
        from .export_dialog import follow_print_defaults, print_defaults

        printing = print_defaults(s)
        s.language = self.language.currentData()
        s.theme = self.theme.currentData()
        s.review_author = self.review_author.text()
        s.default_scale = ScaleDefault(self.scale_min.value(), self.scale_max.value())
        s.default_paper = self.paper.currentData()
        s.tile_paper = self.tile_paper.currentData()
        s.tile_overlap_mm = self.overlap.value()
        s.show_grid = self.show_grid.isChecked()
        s.snap_to_grid = self.snap.isChecked()
        s.wheel_zooms = self.wheel_zooms.isChecked()
        s.grid_size = self.grid_size.value()
        s.backups_enabled = self.backups_enabled.isChecked()
        s.backup_folder = self.backup_folder.text().strip()
        s.backup_count = self.backup_count.value()
        s.backup_interval_minutes = self.backup_interval.value()
        if print_defaults(s) != printing:
            follow_print_defaults(s)
        s.sync()

    def accept(self) -> None:
        self.save()
        apply_preferences(self.settings)
        self.preferences_changed.emit()
        super().accept()

