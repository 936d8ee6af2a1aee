"""Inspector: every field of the selected card, stage, lane or map; edits are commands."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QDoubleValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...commands import EditMapCommand
from ...layout import CHANNEL_NAMES, LANE_KIND_LABELS, MAP_TYPE_LABELS
from ...layout.kpi import lower_is_better
from ...model import LaneKind, LineAfter, MapType, Metric, NoteTarget, ValidationError
from ...model.validation import validate_colour
from ..window.links import add_link_picker
from .living_inspector import add_evidence_section, add_notes_section, add_stewardship_section


class _Text(QPlainTextEdit):
    """Multi-line field that commits when focus leaves it."""

    def __init__(self, on_commit) -> None:
        super().__init__()
        self._on_commit = on_commit
        self.setFixedHeight(72)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self._on_commit(self.toPlainText())


def _is_colour(text: str) -> bool:
    """#rrggbb or #rrggbbaa, as the document accepts."""
    try:
        validate_colour(text, "colour")
    except ValidationError:
        return False
    return True


def _number_text(value: float | None) -> str:
    return "" if value is None else QLocale().toString(float(value), "g", 12)


def _parse_number(text: str) -> float | None:
    """The number typed in the user's locale ("2,5" in Polish), None when left empty."""
    text = text.strip()
    if not text:
        return None
    value, ok = QLocale().toDouble(text)
    if not ok:
        value, ok = QLocale.c().toDouble(text)
    return value if ok else None


class InspectorDock(QDockWidget):
    scale_requested = Signal()  # the map's emotion scale dialog (JourneyFeatures owns it)

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Inspector"), parent)
        self.setObjectName("InspectorDock")
        self.doc = self.editor = self.undo = None
        self.target: tuple[str, str] | None = None
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        # fields shrink to the dock's width instead of hiding behind a sideways scroll bar
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(280)
        self.setWidget(self.scroll)
        self.fields: dict[str, QWidget] = {}
        self._show_message(self.tr("Select a card, a stage or a lane to edit it."))

    def attach(self, session, editor) -> None:
        """Edit the session's document; every change is pushed on its undo stack."""
        self.doc, self.editor, self.undo = session.document, editor, session.undo_stack

    def focus_fields(self) -> None:
        """Alt+Enter on the map: show the dock and put the keyboard in its first field."""
        self.show()
        self.raise_()
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus()

    def _show_message(self, text: str) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop)
        label.setMargin(8)
        self.scroll.setWidget(label)
        self.fields = {}

    def _form(self) -> QFormLayout:
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(8, 8, 14, 8)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # a narrow dock puts a long label above its field rather than scroll sideways
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(form)
        outer.addStretch(1)
        self.scroll.setWidget(body)
        self.fields = {}
        return form

    # ---- helpers building committed fields ---------------------------------------------

    def _line(self, form, key, label, value, commit) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setCursorPosition(0)  # show the start of long titles, not their tail
        edit.setToolTip(value)
        edit.editingFinished.connect(lambda: commit(edit.text()))
        form.addRow(label, edit)
        self.fields[key] = edit
        return edit

    def _section(self, form, text: str, space: int = 8) -> None:
        """A bold heading across the form, `space` pixels below what is above it."""
        label = QLabel(f"<b>{text}</b>")
        label.setContentsMargins(0, space, 0, 0)
        form.addRow(label)

    def _text(self, form, key, label, value, commit) -> _Text:
        """Several lines of text, committed when the field loses focus."""
        edit = _Text(commit)
        edit.setPlainText(value)
        form.addRow(label, edit)
        self.fields[key] = edit
        return edit

    def _number(self, form, key, label, value, commit) -> QLineEdit:
        """A number that may also be left empty (no value), in the user's locale."""
        edit = QLineEdit(_number_text(value))
        edit.setValidator(QDoubleValidator(-1e12, 1e12, 6, edit))
        edit.setPlaceholderText(self.tr("none"))
        edit.setClearButtonEnabled(True)
        edit.editingFinished.connect(lambda: commit(_parse_number(edit.text())))
        form.addRow(label, edit)
        self.fields[key] = edit
        return edit

    def _colour(self, form, key, label, value, commit) -> QLineEdit:
        """Hex colour: typed, or picked from the swatch; empty uses the default."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        edit = QLineEdit(value)
        edit.setPlaceholderText(self.tr("default"))
        edit.setClearButtonEnabled(True)
        swatch = QToolButton()
        swatch.setToolTip(self.tr("Pick a colour"))
        swatch.setFixedWidth(28)

        def paint(text: str) -> None:
            colour = QColor(text.strip())
            fill = colour.name() if text.strip() and colour.isValid() else "transparent"
            swatch.setStyleSheet(f"QToolButton {{ background: {fill};"
                                 " border: 1px solid #94a3b8; border-radius: 3px; }")

        def pick() -> None:
            start = QColor(edit.text().strip())
            chosen = QColorDialog.getColor(start if start.isValid() else QColor("#ffffff"),
                                           self, self.tr("Colour"))
            if chosen.isValid():
                edit.setText(chosen.name())
                paint(edit.text())
                commit(edit.text())

        def finish() -> None:
            text = edit.text().strip()
            colour = QColor(text)
            if text and not text.startswith("#") and colour.isValid():
                text = colour.name()  # a colour name ("teal") becomes #rrggbb
            if text and not _is_colour(text):
                edit.setText(value)  # back to the stored colour before the message
                QMessageBox.warning(self, self.tr("Colour"),
                                    self.tr("“{0}” is not a colour: use #rrggbb, e.g. #2563eb,"
                                            " or leave it empty for the default.").format(text))
                return
            commit(text)

        paint(value)
        edit.textChanged.connect(paint)
        edit.editingFinished.connect(finish)
        swatch.clicked.connect(pick)
        layout.addWidget(edit, 1)
        layout.addWidget(swatch)
        form.addRow(label, row)
        self.fields[key] = edit
        self.fields[key + "_pick"] = swatch
        return edit

    def _rating(self, form, key, label, value, commit) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 5)
        box.setSpecialValueText(self.tr("none"))
        box.setValue(value or 0)
        box.valueChanged.connect(lambda v: commit(v or None))
        form.addRow(label, box)
        self.fields[key] = box
        return box

    def _combo(self, form, key, label, options: dict, value, commit) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        for data, text in options.items():
            combo.addItem(text, data)
        if value and combo.findData(value) < 0:  # e.g. a free-text channel from an import
            combo.addItem(str(value), value)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        combo.currentIndexChanged.connect(lambda _i: commit(combo.currentData()))
        form.addRow(label, combo)
        self.fields[key] = combo
        return combo

    # ---- what to show ------------------------------------------------------------------

    def show_card(self, card_id: str) -> None:
        self.target = ("card", card_id)
        card = self.doc.card(card_id)
        lane = self.doc.lane(card.lane_id)
        edit = self.editor.edit_card
        form = self._form()
        self._section(form, self.tr("Card"), space=0)
        self._line(form, "title", self.tr("Title"), card.title,
                   lambda v: edit(card_id, title=v))
        self._text(form, "body", self.tr("Body"), card.body, lambda v: edit(card_id, body=v))
        channels = {"": self.tr("(none)"),  # the channel names the map's badges use
                    **{k: QCoreApplication.translate("Layout", CHANNEL_NAMES[k])
                       for k in CHANNEL_NAMES}}
        self._combo(form, "channel", self.tr("Channel"), channels, card.channel,
                    lambda v: edit(card_id, channel=v))
        self._line(form, "owner", self.tr("Owner / department"), card.owner,
                   lambda v: edit(card_id, owner=v.strip()))
        tags = self._line(form, "tags", self.tr("Tags"), ", ".join(card.tags),
                          lambda v: edit(card_id, tags=[t.strip() for t in v.split(",")
                                                        if t.strip()]))
        tags.setPlaceholderText(self.tr("comma, separated"))
        personas = {"": self.tr("(none)"), **{p.id: p.name for p in self.doc.personas()}}
        self._combo(form, "persona", self.tr("Persona"), personas, card.persona_id or "",
                    lambda v: edit(card_id, persona_id=v or None))
        add_link_picker(self, form, lane.map_id, card.linked_map_id,
                        lambda v: edit(card_id, linked_map_id=v or None))
        link = self._line(form, "link", self.tr("Link"), card.link,
                          lambda v: edit(card_id, link=v.strip()))
        link.setPlaceholderText("https://…")
        self._colour(form, "colour", self.tr("Colour"), card.colour,
                     lambda v: self._safe(lambda: edit(card_id, colour=v.strip())))
        span = QSpinBox()
        stage_count = len(self.editor.content.stages)
        start = next(s.position for s in self.editor.content.stages if s.id == card.stage_id)
        span.setRange(1, max(1, stage_count - start))
        span.setValue(card.span)
        span.valueChanged.connect(lambda v: edit(card_id, span=v))
        form.addRow(self.tr("Spans stages"), span)
        self.fields["span"] = span
        mot = QCheckBox(self.tr("Moment of truth"))
        mot.setToolTip(self.tr("Highlight this card as a moment that makes or breaks the "
                               "journey"))
        mot.setChecked(card.moment_of_truth)
        mot.toggled.connect(lambda v: edit(card_id, moment_of_truth=v))
        form.addRow("", mot)
        self.fields["moment_of_truth"] = mot
        sections = [self._rating_section, self._metric_section]
        if lane.kind == LaneKind.KPIS:
            sections.reverse()
        for section in sections:
            section(form, card)
        add_evidence_section(self, form, card)
        add_notes_section(self, form, NoteTarget.CARD, card_id, lane.map_id)

    def _rating_section(self, form, card) -> None:
        card_id, edit = card.id, self.editor.edit_card
        self._section(form, self.tr("Rating"))
        self._rating(form, "severity", self.tr("Severity"), card.severity,
                     lambda v: edit(card_id, severity=v))
        self._rating(form, "impact", self.tr("Impact"), card.impact,
                     lambda v: edit(card_id, impact=v))
        self._rating(form, "effort", self.tr("Effort"), card.effort,
                     lambda v: edit(card_id, effort=v))

    def _metric_section(self, form, card) -> None:
        card_id = card.id
        metric = card.metric or Metric()
        self._section(form, self.tr("KPI"))
        self._line(form, "metric_name", self.tr("KPI name"), metric.name,
                   lambda v: self._metric(card_id, name=v.strip()))
        self._number(form, "metric_value", self.tr("KPI value"), metric.value,
                     lambda v: self._metric(card_id, value=v))
        self._number(form, "metric_target", self.tr("KPI target"), metric.target,
                     lambda v: self._metric(card_id, target=v))
        self._line(form, "metric_unit", self.tr("KPI unit"), metric.unit,
                   lambda v: self._metric(card_id, unit=v.strip()))
        key = self._line(form, "metric_key", self.tr("Metric key"), metric.key,
                         lambda v: self._metric(card_id, key=v.strip()))
        key.setToolTip(self.tr("The key this KPI has in your data: Map ▸ Update metrics… "
                               "adds its dated values from a CSV file"))
        guess = self.tr("lower") if lower_is_better(metric.name, metric.unit) \
            else self.tr("higher")
        directions = {"": self.tr("automatic ({0})").format(guess),
                      "higher": self.tr("higher"), "lower": self.tr("lower")}
        combo = self._combo(form, "metric_direction", self.tr("Better when"), directions,
                            metric.direction or "",
                            lambda v: self._metric(card_id, direction=v or None))
        combo.setToolTip(self.tr("Whether the KPI improves as it goes up or down; automatic "
                                 "reads it from the name and unit"))

    def _metric(self, card_id: str, **change) -> None:
        current = self.doc.card(card_id).metric or Metric()
        values = {"name": current.name, "value": current.value, "target": current.target,
                  "unit": current.unit, "direction": current.direction, "key": current.key,
                  "history": current.history, **change}
        metric = Metric(**values)
        # a card whose KPI fields are all empty has no KPI
        self.editor.edit_card(card_id, metric=None if metric == Metric() else metric)

    def _safe(self, action) -> None:
        from ...model import MapStudioError

        try:
            action()
        except MapStudioError as exc:
            QMessageBox.warning(self, self.tr("Inspector"), str(exc))

    def show_stage(self, stage_id: str) -> None:
        self.target = ("stage", stage_id)
        stage = self.doc.stage(stage_id)
        edit = self.editor.edit_stage
        form = self._form()
        self._section(form, self.tr("Stage"), space=0)
        self._line(form, "name", self.tr("Name"), stage.name, lambda v: edit(stage_id, name=v))
        self._text(form, "description", self.tr("Description"), stage.description,
                   lambda v: edit(stage_id, description=v))
        self._line(form, "phase", self.tr("Phase"), stage.phase,
                   lambda v: edit(stage_id, phase=v))
        self._colour(form, "colour", self.tr("Colour"), stage.colour,
                     lambda v: self._safe(lambda: edit(stage_id, colour=v.strip())))
        width = QSpinBox()
        width.setRange(120, 1200)
        width.setValue(int(stage.width))
        width.editingFinished.connect(lambda: self.editor.resize_stage(stage_id, width.value()))
        form.addRow(self.tr("Width"), width)
        self.fields["width"] = width
        self._line(form, "owner", self.tr("Owner"), stage.owner,
                   lambda v: edit(stage_id, owner=v.strip()))
        add_link_picker(self, form, stage.map_id, stage.linked_map_id,
                        lambda v: edit(stage_id, linked_map_id=v or None))
        add_notes_section(self, form, NoteTarget.STAGE, stage_id, stage.map_id)

    def show_lane(self, lane_id: str) -> None:
        self.target = ("lane", lane_id)
        lane = self.doc.lane(lane_id)
        edit = self.editor.edit_lane
        form = self._form()
        self._section(form, self.tr("Lane"), space=0)
        self._line(form, "title", self.tr("Title"), lane.title, lambda v: edit(lane_id, title=v))
        kinds = {k: self.tr(LANE_KIND_LABELS[k]) for k in LaneKind}
        self._combo(form, "kind", self.tr("Kind"), kinds, lane.kind,
                    lambda v: edit(lane_id, kind=LaneKind(v)))
        lines = {LineAfter.NONE: self.tr("None"),
                 LineAfter.INTERACTION: self.tr("Line of interaction"),
                 LineAfter.VISIBILITY: self.tr("Line of visibility"),
                 LineAfter.INTERNAL: self.tr("Line of internal interaction")}
        self._combo(form, "line_after", self.tr("Line below"), lines, lane.line_after,
                    lambda v: edit(lane_id, line_after=LineAfter(v)))
        self._colour(form, "colour", self.tr("Colour"), lane.colour,
                     lambda v: self._safe(lambda: edit(lane_id, colour=v.strip())))
        height = QSpinBox()
        height.setRange(0, 2000)
        height.setSpecialValueText(self.tr("auto (grows with cards)"))
        height.setValue(int(lane.height or 0))
        height.setToolTip(self.tr("A minimum height; the lane still grows to fit its cards"))
        height.editingFinished.connect(
            lambda: edit(lane_id, height=float(height.value()) or None))
        form.addRow(self.tr("Height"), height)
        self.fields["height"] = height

    def show_map(self, map_id: str) -> None:
        self.target = ("map", map_id)
        jm = self.doc.journey_map(map_id)
        form = self._form()
        self._section(form, self.tr("Map"), space=0)

        def edit(**fields):
            current = self.doc.journey_map(map_id)
            if any(getattr(current, k) != v for k, v in fields.items()):
                self.undo.push(EditMapCommand(self.doc, map_id, **fields))

        self._line(form, "title", self.tr("Title"), jm.title, lambda v: edit(title=v))
        self._text(form, "goal", self.tr("Goal / scope"), jm.goal, lambda v: edit(goal=v))
        types = {t: self.tr(MAP_TYPE_LABELS[t]) for t in MapType}
        self._combo(form, "map_type", self.tr("Map type"), types, jm.map_type,
                    lambda v: edit(map_type=MapType(v)))
        box = QWidget()
        rows = QVBoxLayout(box)
        rows.setContentsMargins(0, 0, 0, 0)
        text = f"{jm.scale.min} … {jm.scale.max}"
        if jm.scale.labels:
            text += f" ({jm.scale.labels[0]} … {jm.scale.labels[-1]})"
        shown = QLabel(text)
        shown.setWordWrap(True)
        scale = QPushButton(self.tr("Change…"))
        scale.setToolTip(self.tr("Change the emotion scale; existing scores are rescaled"))
        scale.clicked.connect(lambda _checked=False: self.scale_requested.emit())
        rows.addWidget(shown)
        rows.addWidget(scale, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("Emotion scale"), box)
        self.fields["scale"] = scale
        add_stewardship_section(self, form, jm, edit)

    def clear(self) -> None:
        self.target = None
        self._show_message(self.tr("Select a card, a stage or a lane to edit it."))
