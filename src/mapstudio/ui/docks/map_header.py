"""The map header bar above the canvas: title, map type, the map's personas as avatar
chips, assigning personas, and switching to (or creating) the future/current-state
counterpart. It shows the document; every change it asks for goes out as a signal and
comes back as an undoable command pushed by JourneyFeatures."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from ...layout import MAP_TYPE_LABELS
from ...model import MapStudioError, MapType
from ..personas.persona_avatar import avatar_pixmap, persona_detail, photo_bytes
from ..window.icons import icon as palette_icon  # light or dark, as the theme

CHIP_AVATAR = 24
TYPE_COLOURS = {  # background, text
    MapType.CURRENT_STATE: ("#e2e8f0", "#334155"),
    MapType.FUTURE_STATE: ("#dcfce7", "#166534"),
    MapType.DAY_IN_THE_LIFE: ("#fef3c7", "#92400e"),
    MapType.SERVICE_BLUEPRINT: ("#e0e7ff", "#3730a3"),
}


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" when space runs out."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802
        self._full = text
        self._elide()
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(min(160, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                              max(0, self.width() - 2))
        super().setText(shown if self.width() > 0 else self._full)


class PersonaChip(QToolButton):
    """A persona's avatar and name; clicking it opens the persona."""

    def __init__(self, persona, photo: bytes | None, parent=None) -> None:
        super().__init__(parent)
        self.persona_id = persona.id
        self.setObjectName("personaChip")
        self.setText(persona.name.replace("&", "&&"))  # "Amy & Josh": no mnemonic
        self.setIcon(avatar_pixmap(persona, CHIP_AVATAR, photo))
        self.setIconSize(QSize(CHIP_AVATAR, CHIP_AVATAR))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        detail = persona_detail(persona)
        self.setToolTip(self.tr("Open persona {0}").format(persona.name)
                        + (f"\n{detail}" if detail else ""))
        self.setStyleSheet(
            f"QToolButton#personaChip {{ border: 1px solid {persona.colour};"
            " border-radius: 15px; background: palette(base); padding: 2px 10px 2px 3px;"
            " color: palette(text); }"
            " QToolButton#personaChip:hover { background: palette(alternate-base); }")


class MapHeaderBar(QWidget):
    persona_clicked = Signal(str)           # persona id
    personas_assigned = Signal(list)        # the map's new persona ids, in order
    new_persona_requested = Signal()
    library_requested = Signal()
    counterpart_requested = Signal()        # switch to the linked map
    future_state_requested = Signal()       # create the future state of this map

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mapHeaderBar")
        self.doc = None
        self.map_id: str | None = None
        self.assigned: list[str] = []
        self._chips_shown: tuple = ()  # what the chips show, to rebuild them only on change
        self.title = ElidedLabel()
        self.title.setObjectName("mapHeaderTitle")
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600; color: palette(text);")
        self.map_type = QLabel()
        self.map_type.setObjectName("mapTypePill")
        self.chips = QHBoxLayout()
        self.chips.setSpacing(6)
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.no_personas = QLabel(self.tr("No persona on this map"))
        self.no_personas.setStyleSheet("color: palette(placeholder-text);")
        self.assign_button = QToolButton()
        self.assign_button.setObjectName("assignPersonas")
        self.assign_button.setText(self.tr("Personas"))
        self.assign_button.setIcon(palette_icon("fa5s.user-friends"))
        self.assign_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.assign_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.assign_button.setToolTip(self.tr("Assign or remove personas on this map"))
        self.assign_menu = QMenu(self.assign_button)
        self.assign_menu.aboutToShow.connect(self._fill_menu)
        self.assign_button.setMenu(self.assign_menu)
        self.counterpart_button = QPushButton()
        self.counterpart_button.setObjectName("counterpartButton")
        self.counterpart_button.setIcon(palette_icon("fa5s.exchange-alt"))
        self.counterpart_button.clicked.connect(self._counterpart_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.map_type)
        layout.addSpacing(12)
        layout.addLayout(self.chips)
        layout.addWidget(self.no_personas)
        layout.addWidget(self.assign_button)
        layout.addStretch(1)
        layout.addWidget(self.counterpart_button)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._mode = ""
        self._styled_for = (QApplication.palette().base().color().rgba(),
                            QApplication.palette().text().color().rgba())

    # ---- following the theme -----------------------------------------------------------

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange,
                            QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self.restyle)  # once the whole palette has changed
        super().changeEvent(event)

    def restyle(self) -> None:
        """Qt resolves `palette(base)` in a style sheet when the sheet is set, not when the
        palette changes: set the band's sheets again so a new theme shows at once."""
        palette = QApplication.palette()
        colours = (palette.base().color().rgba(), palette.text().color().rgba())
        if colours == self._styled_for:
            return
        self._styled_for = colours
        for widget in (self.parentWidget(), self, *self.findChildren(QWidget)):
            sheet = widget.styleSheet() if widget is not None else ""
            if sheet:
                widget.setStyleSheet("")
                widget.setStyleSheet(sheet)

    # ---- showing the map ---------------------------------------------------------------

    def show_map(self, doc, map_id: str | None) -> None:
        self.doc, self.map_id = doc, map_id
        jm = None
        if doc is not None and map_id:
            try:
                jm = doc.journey_map(map_id)
            except MapStudioError:
                jm = None
        if jm is None:
            self._clear_chips()
            self.map_id = None
            self.assigned = []
            self.title.clear()
            self.map_type.hide()
            self.no_personas.hide()
            self.assign_button.setEnabled(False)
            self.counterpart_button.hide()
            return
        self.title.setText(jm.title)
        self.title.setToolTip(jm.title + (f"\n{jm.goal}" if jm.goal else ""))
        background, text = TYPE_COLOURS.get(jm.map_type, ("#e2e8f0", "#334155"))
        self.map_type.setText(self.tr(MAP_TYPE_LABELS.get(jm.map_type, str(jm.map_type))))
        self.map_type.setStyleSheet(f"background: {background}; color: {text};"
                                    "border-radius: 9px; padding: 2px 9px; font-weight: 600;")
        self.map_type.show()
        personas = {p.id: p for p in doc.personas()}
        self.assigned = [pid for pid in jm.persona_ids if pid in personas]
        self._show_chips(doc, [personas[pid] for pid in self.assigned])
        self.no_personas.setVisible(not self.assigned)
        self.assign_button.setEnabled(True)
        self._show_counterpart(doc, jm)

    def chip_widgets(self) -> list[PersonaChip]:
        return [self.chips.itemAt(i).widget() for i in range(self.chips.count())
                if isinstance(self.chips.itemAt(i).widget(), PersonaChip)]

    def _show_chips(self, doc, personas: list) -> None:
        """One chip per persona; kept as they are when nothing they show has changed (the
        header follows every edit, and photos come from the file)."""
        shown = tuple((p.id, p.name, p.colour, p.photo_asset_id, p.role, p.segment)
                      for p in personas)
        if shown == self._chips_shown:
            return
        self._clear_chips()
        for persona in personas:
            chip = PersonaChip(persona, photo_bytes(doc, persona), self)
            chip.clicked.connect(lambda _checked=False, p=persona.id: self.persona_clicked.emit(p))
            self.chips.addWidget(chip)
        self._chips_shown = shown

    def _clear_chips(self) -> None:
        self._chips_shown = ()
        while self.chips.count():
            widget = self.chips.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _show_counterpart(self, doc, jm) -> None:
        other = None
        if jm.counterpart_id:
            try:
                other = doc.journey_map(jm.counterpart_id)
            except MapStudioError:
                other = None
        button = self.counterpart_button
        if other is not None:
            self._mode = "switch"
            button.setText(self.tr("Switch to future state")
                           if other.map_type == MapType.FUTURE_STATE
                           else self.tr("Switch to current state"))
            button.setToolTip(self.tr("Show the linked map “{0}” (Ctrl+Shift+G)")
                              .format(other.title))
            button.show()
        elif jm.map_type != MapType.FUTURE_STATE:
            self._mode = "create"
            button.setText(self.tr("Create future state"))
            button.setToolTip(self.tr("Copy this map as its future state and link the two"))
            button.show()
        else:
            self._mode = ""
            button.hide()

    def _counterpart_clicked(self) -> None:
        if self._mode == "switch":
            self.counterpart_requested.emit()
        elif self._mode == "create":
            self.future_state_requested.emit()

    # ---- assigning personas ------------------------------------------------------------

    def _fill_menu(self) -> None:
        menu = self.assign_menu
        menu.clear()
        if self.doc is None or not self.map_id:
            return
        personas = self.doc.personas()
        if not personas:
            empty = menu.addAction(self.tr("The project has no personas yet"))
            empty.setEnabled(False)
        for persona in personas:
            action = QAction(avatar_pixmap(persona, 20, photo_bytes(self.doc, persona),
                                           ring=False), persona.name, menu)
            action.setCheckable(True)
            action.setChecked(persona.id in self.assigned)
            action.setData(persona.id)
            action.toggled.connect(lambda on, p=persona.id: self.toggle_persona(p, on))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(palette_icon("fa5s.user-plus"),
                       self.tr("New persona…"), self.new_persona_requested.emit)
        menu.addAction(self.tr("Show the persona library"), self.library_requested.emit)

    def toggle_persona(self, persona_id: str, on: bool) -> None:
        ids = [p for p in self.assigned if p != persona_id]
        if on:
            ids.append(persona_id)
        if ids != self.assigned:
            self.personas_assigned.emit(ids)
