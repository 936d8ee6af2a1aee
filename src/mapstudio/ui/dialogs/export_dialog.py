"""Export dialog: options, a live preview of the page and the poster tiles, and a worker.

The map is read from the document here, in the GUI thread; the rendering runs in a
QThread (render_source never touches the database), with a cancellable progress dialog.
"""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QRectF, QSettings, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ... import i18n
from ...export import (
    PAPERS,
    ExportOptions,
    ExportSource,
    load_source,
    plan_page,
    plan_tiles,
    render_source,
    without_notes,
)
from ...export.autopaper import resolve_paper
from ...export.options import LANGUAGES
from ...model import MapStudioError
from .export_preflight import PreflightPanel

SETTINGS_KEY = "export/options"
SUFFIX = {"pdf": ".pdf", "png": ".png", "svg": ".svg", "csv": ".csv", "mermaid": ".mmd"}


def print_defaults(settings) -> dict:
    """Paper and poster tiling as Edit ▸ Preferences sets them, as export option fields."""
    return {"paper": settings.default_paper, "tile": settings.tile_paper or None,
            "overlap_mm": settings.tile_overlap_mm}


def default_options() -> ExportOptions:
    """Before the first export: paper and poster tiling from Edit ▸ Preferences."""
    from ...settings import Settings

    return ExportOptions("pdf", **print_defaults(Settings()))


def follow_print_defaults(settings) -> None:
    """New print defaults replace the paper and tiling the dialog remembers."""
    raw = settings.store.value(SETTINGS_KEY, "")
    if not raw:
        return  # the dialog starts from the preferences anyway
    try:
        options = json.loads(raw)
    except (TypeError, ValueError):
        return
    if isinstance(options, dict):
        options.update(print_defaults(settings))
        settings.store.setValue(SETTINGS_KEY, json.dumps(options))


class ExportWorker(QThread):
    """Renders one export off the GUI thread; cancel() stops it at the next cancel point."""

    progressed = Signal(int, int)
    succeeded = Signal(str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, source: ExportSource, target: Path, options: ExportOptions,
                 parent=None) -> None:
        super().__init__(parent)
        self.source, self.target, self.options = source, target, options
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._stop.is_set()

    def run(self) -> None:
        from ...export import ExportCancelled

        try:
            render_source(self.source, self.target, self.options, force=True,
                          progress=self._progress)
        except ExportCancelled:
            self.cancelled.emit()
        except MapStudioError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a silent crash
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(str(self.target))


class PagePreview(QWidget):
    """The chosen page (or poster and its sheets) with a thumbnail of the map on it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setMinimumSize(360, 260)
        self.map_size = (1.0, 1.0)
        self.thumbnail: QImage | None = None
        self.options: ExportOptions | None = None
        self.error = ""
        self.summary = ""
        self.marks: list = []  # card rects (layout points) preflight found fault with

    def set_state(self, options: ExportOptions | None, error: str = "") -> None:
        self.options, self.error = options, error
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.fillRect(self.rect(), QColor("#e2e8f0"))
        if self.options is None or self.error:
            p.setPen(QColor("#b91c1c"))
            p.drawText(self.rect().adjusted(12, 12, -12, -12), Qt.AlignmentFlag.AlignCenter
                       | Qt.TextFlag.TextWordWrap, self.error)
            return
        options = self.options
        if options.paper == "auto":  # chosen once the map is laid out, a moment later
            return
        mw, mh = self.map_size
        tiled = options.format == "pdf" and options.tile
        plan = plan_page(mw, mh, options, with_marks=False if tiled else None)
        area = QRectF(self.rect()).adjusted(14, 14, -14, -34)
        scale = min(area.width() / plan.width, area.height() / plan.height)
        ox = area.x() + (area.width() - plan.width * scale) / 2
        oy = area.y() + (area.height() - plan.height * scale) / 2
        page = QRectF(ox, oy, plan.width * scale, plan.height * scale)
        p.fillRect(page.translated(3, 3), QColor(0, 0, 0, 40))
        p.fillRect(page, QColor("#ffffff"))
        m = plan.map_rect
        target = QRectF(ox + m.x * scale, oy + m.y * scale, m.w * scale, m.h * scale)
        if self.thumbnail is not None:
            p.drawImage(target, self.thumbnail)
        else:
            p.fillRect(target, QColor("#cbd5e1"))
        p.setPen(QPen(QColor("#dc2626"), 1.5))
        s = plan.scale * scale
        for r in self.marks:
            p.drawRect(QRectF(target.x() + r.x * s, target.y() + r.y * s, r.w * s, r.h * s))
        f = plan.footer
        p.fillRect(QRectF(ox + f.x * scale, oy + f.y * scale, f.w * scale, 2), QColor("#94a3b8"))
        if plan.trim != plan.bleed or plan.width != plan.trim.w:
            p.setPen(QPen(QColor("#0ea5e9"), 1, Qt.PenStyle.DashLine))
            t = plan.trim
            p.drawRect(QRectF(ox + t.x * scale, oy + t.y * scale, t.w * scale, t.h * scale))
        text = self.tr("{paper} {orientation} · map at {scale:.0%}").format(
            paper=plan.paper, orientation=plan.orientation, scale=plan.scale)
        if tiled:
            tiles = plan_tiles(plan.width, plan.height, options)
            p.setPen(QPen(QColor("#dc2626"), 1))
            for tile in tiles.tiles:
                r = tile.region
                p.drawRect(QRectF(ox + r.x * scale, oy + r.y * scale, r.w * scale,
                                  r.h * scale).intersected(page))
            text += self.tr(" · {n} sheets of {paper} ({rows} × {cols})").format(
                n=len(tiles.tiles), paper=tiles.paper, rows=tiles.rows, cols=tiles.cols)
        self.summary = text
        p.setPen(QColor("#334155"))
        p.drawText(QRectF(0, self.height() - 28, self.width(), 24),
                   Qt.AlignmentFlag.AlignCenter, text)


class ExportDialog(QDialog):
    def __init__(self, document, map_id: str | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export map"))
        self.doc = document
        self.source = load_source(document, map_id)
        self.worker: ExportWorker | None = None
        self.progress: QProgressDialog | None = None
        self.last_error = ""
        self.last_output: Path | None = None
        self._preview_language: str | None = None
        self._build()
        self._restore()
        self._prepare_preview()
        self._changed()

    # ---- widgets -----------------------------------------------------------------------

    def _build(self) -> None:
        self.format = QComboBox()
        for key, label in (("pdf", self.tr("PDF (vector, print)")), ("png", self.tr("PNG image")),
                           ("svg", self.tr("SVG vector image")), ("csv", self.tr("CSV table")),
                           ("mermaid", self.tr("Mermaid journey"))):
            self.format.addItem(label, key)
        self.paper = QComboBox()
        for name in PAPERS:
            label = {"fit": self.tr("Fit to map"),
                     "auto": self.tr("Automatic (readable type)")}.get(name, name)
            self.paper.addItem(label, name)
        self.orientation = QComboBox()
        for key, label in (("auto", self.tr("Automatic")), ("portrait", self.tr("Portrait")),
                           ("landscape", self.tr("Landscape"))):
            self.orientation.addItem(label, key)
        self.scale = QSpinBox()
        self.scale.setRange(0, 2000)
        self.scale.setSuffix(" %")
        self.scale.setSpecialValueText(self.tr("Fit"))
        self.tiling = QCheckBox(self.tr("Print as a poster on sheets of"))
        self.tile = QComboBox()
        for name in PAPERS:
            if name not in ("fit", "auto"):
                self.tile.addItem(name, name)
        self.overlap = self._mm(0, 100)
        self.bleed = self._mm(0, 25)
        self.crop_marks = QCheckBox(self.tr("Crop marks"))
        self.cmyk = QCheckBox(self.tr("CMYK colours"))
        self.pdfx = QCheckBox(self.tr("PDF/X-4 for print shops"))
        self.dpi = QSpinBox()
        self.dpi.setRange(30, 1200)
        self.dpi.setSuffix(self.tr(" dpi"))
        self.language = QComboBox()
        self.language.setToolTip(self.tr("The language of the words the print adds: lane "
                                         "captions, badges, legend and footer"))
        self.language.addItem(self.tr("Project's ({0})").format(
            i18n.NATIVE_NAMES.get(self.project_language(), self.project_language())), "")
        for code in LANGUAGES:
            self.language.addItem(i18n.NATIVE_NAMES.get(code, code), code)
        self.personas = QCheckBox(self.tr("Add persona pages"))
        self.notes = QCheckBox(self.tr("Print review notes"))
        self.notes.setObjectName("PrintNotes")
        self.notes.setToolTip(self.tr("Open notes counted on their cards, and every note "
                                      "listed on a page after the map (PDF)"))
        self.title_block = QLineEdit()
        self.title_block.setPlaceholderText(self.tr("Extra line for the title block"))
        tile_row = QHBoxLayout()
        tile_row.addWidget(self.tiling)
        tile_row.addWidget(self.tile)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Orientation"), self.orientation)
        form.addRow(self.tr("Scale"), self.scale)
        form.addRow(tile_row)
        form.addRow(self.tr("Overlap"), self.overlap)
        form.addRow(self.tr("Bleed"), self.bleed)
        form.addRow(self.crop_marks)
        form.addRow(self.cmyk)
        form.addRow(self.pdfx)
        form.addRow(self.tr("Resolution"), self.dpi)
        form.addRow(self.tr("Print language"), self.language)
        form.addRow(self.personas)
        form.addRow(self.notes)
        self.linked = QCheckBox(self.tr("Add the maps it links to"))
        self.linked.setObjectName("PrintLinked")
        self.linked.setToolTip(self.tr("The journeys this map's cards and stages drill into, "
                                       "each on its own pages after the map (PDF)"))
        self.linked.setEnabled(bool(self.source.links))
        form.addRow(self.linked)
        form.addRow(self.tr("Title block"), self.title_block)
        self.preview = PagePreview(self)
        self.preflight = PreflightPanel(self)
        self._preflight_timer = QTimer(self, singleShot=True, interval=250)
        self._preflight_timer.timeout.connect(self._run_preflight)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export…"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._ask_and_export)
        self.buttons.rejected.connect(self.reject)
        left = QWidget()
        left.setLayout(form)
        row = QHBoxLayout()
        row.addWidget(left)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.preflight)
        row.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(row, 1)
        outer.addWidget(self.buttons)
        for combo in (self.format, self.paper, self.orientation, self.tile, self.language):
            combo.currentIndexChanged.connect(self._changed)
        for spin in (self.scale, self.overlap, self.bleed, self.dpi):
            spin.valueChanged.connect(self._changed)
        for box in (self.tiling, self.crop_marks, self.cmyk, self.pdfx, self.personas,
                    self.notes):
            box.toggled.connect(self._changed)
        self.notes.toggled.connect(self._notes_toggled)
        self.title_block.textChanged.connect(self._changed)
        self.resize(860, 640)

    def _mm(self, low: float, high: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(1)
        spin.setSuffix(self.tr(" mm"))
        return spin

    # ---- options -----------------------------------------------------------------------

    def options(self) -> ExportOptions:
        return ExportOptions(
            format=self.format.currentData(), paper=self.paper.currentData(),
            orientation=self.orientation.currentData(),
            scale=self.scale.value() / 100 if self.scale.value() else None,
            tile=self.tile.currentData() if self.tiling.isChecked() else None,
            overlap_mm=self.overlap.value(), bleed_mm=self.bleed.value(),
            crop_marks=self.crop_marks.isChecked(), dpi=self.dpi.value(),
            personas=self.personas.isChecked(), notes=self.notes.isChecked(),
            title_block=self.title_block.text() or None,
            cmyk=self.cmyk.isChecked(), language=self.language.currentData() or "",
            pdfx=self.pdfx.isChecked() and self.format.currentData() == "pdf")

    def set_options(self, o: ExportOptions) -> None:
        def pick(combo: QComboBox, value) -> None:
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)

        pick(self.format, o.format)
        pick(self.paper, o.paper)
        pick(self.orientation, o.orientation)
        self.scale.setValue(round((o.scale or 0) * 100))
        self.tiling.setChecked(bool(o.tile))
        pick(self.tile, o.tile or "A4")
        self.overlap.setValue(o.overlap_mm)
        self.bleed.setValue(o.bleed_mm)
        self.crop_marks.setChecked(o.crop_marks)
        self.cmyk.setChecked(o.cmyk)
        self.pdfx.setChecked(o.pdfx)
        self.dpi.setValue(o.dpi)
        self.personas.setChecked(o.personas)
        self.notes.setChecked(o.notes)
        self.title_block.setText(o.title_block or "")
        pick(self.language, o.language or "")

    def _restore(self) -> None:
        raw = QSettings().value(SETTINGS_KEY, "")
        try:
            options = ExportOptions.from_dict(json.loads(raw)) if raw else default_options()
            options.validate()
        except (ValueError, TypeError, MapStudioError):
            options = default_options()
        options.language = ""  # every map starts in its project's language
        self.set_options(options)

    def _remember(self) -> None:
        QSettings().setValue(SETTINGS_KEY, json.dumps(self.options().to_dict()))

    def project_language(self) -> str:
        """What "Project's" prints in: the project's language, else the interface's."""
        from ...export.language import print_language

        return print_language("", self.source.project.settings.language)

    def print_language(self) -> str:
        from ...export.language import print_language

        return print_language(self.language.currentData() or "",
                              self.source.project.settings.language)

    def _changed(self, *_args) -> None:
        fmt = self.format.currentData()
        printable = fmt in {"pdf", "png", "svg"}
        for w in (self.paper, self.orientation, self.scale, self.title_block, self.language):
            w.setEnabled(printable)
        if printable and self._preview_language not in (None, self.print_language()):
            self._prepare_preview()  # the captions change width with the language
        for w in (self.tiling, self.tile, self.overlap, self.bleed, self.crop_marks, self.cmyk,
                  self.pdfx,
                  self.personas):
            w.setEnabled(fmt == "pdf")
        self.tile.setEnabled(fmt == "pdf" and self.tiling.isChecked())
        self.overlap.setEnabled(fmt == "pdf" and self.tiling.isChecked())
        self.dpi.setEnabled(fmt == "png")
        options = self.options()
        if fmt != "pdf":
            options.tile = None
        try:
            options.validate()
            self._preflight_options = replace(options)
            if printable and getattr(self, "_geometry", None) is not None:
                options = resolve_paper(self._geometry, options)
            if printable and options.paper != "auto":  # auto: chosen once laid out
                plan = plan_page(*self.preview.map_size, options)
                if options.tile:
                    plan_tiles(plan.width, plan.height, options)
            error = ""
        except MapStudioError as exc:
            error = str(exc)
        self.export_button.setEnabled(not error)
        if not printable or error:
            self._preflight_options = None
        self._preflight_timer.start()
        self.preview.set_state(options if printable else None,
                               error or ("" if printable else self.tr(
                                   "A table or text file: no page to preview.")))

    def _notes_toggled(self, _checked: bool) -> None:
        """The preview shows the note counts only when they will print."""
        if getattr(self, "_geometry", None) is not None:
            self._prepare_preview()
            self.preview.update()

    def _prepare_preview(self) -> None:
        """Lay the map out (paper metrics, print language) and paint a thumbnail of it."""
        from ...export.language import print_labels
        from ...export.pdf import layout_for
        from ...export.qt_painter import QtPainter, ensure_qt, point_image
        from ...export.render import draw_map

        ensure_qt()
        language = self.print_language()
        shown = self.source if self.notes.isChecked() else without_notes(self.source)
        geometry, measure = layout_for(shown, print_labels(language))
        self._preview_language = language
        self.preview.map_size = (geometry.width, geometry.height)
        self._card_rects = {cid: box.rect for cid, box in geometry.cards.items()}
        self._geometry = geometry
        longest = max(geometry.width, geometry.height, 1.0)
        factor = min(1.0, 900 / longest)
        image = point_image(geometry.width * factor, geometry.height * factor,
                            QImage.Format.Format_RGB32)  # 72 dpi: text fits its cards
        painter = QPainter(image)
        try:
            draw_map(QtPainter(painter, factor, lambda _id: None), geometry, measure,
                     images=False)
        finally:
            painter.end()
        self.preview.thumbnail = image

    def _run_preflight(self) -> None:
        """The CLI's preflight for the options shown; offending cards outlined."""
        options = getattr(self, "_preflight_options", None)
        if options is None:
            self.preflight.show_report(None)
            self.preview.marks = []
        else:
            report = self.preflight.run(self.source, options)
            rects = getattr(self, "_card_rects", {})
            self.preview.marks = [rects[cid] for cid in report.card_ids if cid in rects]
        self.preview.update()

    # ---- export ------------------------------------------------------------------------

    def _suggested_path(self) -> str:
        folder = QSettings().value("export/folder", str(Path(self.doc.path).parent))
        stem = "".join(ch if ch.isalnum() or ch in " -_" else "_"
                       for ch in self.source.content.map.title).strip() or "map"
        return str(Path(folder) / (stem + SUFFIX[self.format.currentData()]))

    def _ask_and_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export map"),
                                              self._suggested_path())
        if path:  # the file dialog has already confirmed any overwrite
            QSettings().setValue("export/folder", str(Path(path).parent))
            self.export_to(Path(path))

    def export_to(self, path: Path) -> ExportWorker | None:
        """Start the export in a worker; returns it (tests wait on its signals)."""
        options = self.options()
        try:
            options.validate()
        except MapStudioError as exc:
            self._error(str(exc))
            return None
        self._remember()
        if options.format == "png":
            from ...export.qt_painter import ensure_qt

            ensure_qt()  # fonts are registered in the GUI thread, not in the worker
        source = self.source
        if self.linked.isChecked() and options.format == "pdf":  # read here, not in the worker
            source = load_source(self.doc, self.source.content.map.id, linked=True)
        self.worker = ExportWorker(source, Path(path), options, self)
        self.progress = QProgressDialog(self.tr("Exporting “{0}”…").format(
            self.source.content.map.title), self.tr("Cancel"), 0, 0, self)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.worker.cancel)
        self.worker.progressed.connect(self._on_progress)
        self.worker.succeeded.connect(self._on_success)
        self.worker.failed.connect(self._error)
        self.worker.cancelled.connect(self._on_cancelled)
        self.worker.finished.connect(self._on_finished)
        self.export_button.setEnabled(False)
        self.worker.start()
        return self.worker

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, total))

    def _on_success(self, path: str) -> None:
        self.last_output = Path(path)
        self._close_progress()
        self.accept()

    def _on_cancelled(self) -> None:
        self._close_progress()

    def _on_finished(self) -> None:
        self.export_button.setEnabled(True)
        if self.worker is not None:
            self.worker.deleteLater()
            self.worker = None

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _error(self, message: str) -> None:
        self.last_error = message
        self._close_progress()
        QMessageBox.warning(self, self.tr("Export failed"), message)

    def reject(self) -> None:
        if self.worker is not None and self.worker.isRunning():
            self.worker.cancel()
            self.worker.wait(5000)
        super().reject()
