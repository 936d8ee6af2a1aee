"""The inspector's living-map sections: a card's evidence and confidence, review notes on
a card or stage, and a map's owner and review date. Every change is an undoable command.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...commands.living_commands import AddNoteCommand, DeleteNoteCommand, EditNoteCommand
from ...model import (
    Confidence,
    Evidence,
    EvidenceSource,
    MapStudioError,
    NoteTarget,
    ReviewNote,
)
from ...model.living import is_iso_date, is_overdue, threads
from ...settings import Settings

NO_DATE = QDate(2000, 1, 1)  # the date field's "no review date"


def _tr(text: str) -> str:
    return QCoreApplication.translate("LivingInspector", text)


def source_names() -> dict[EvidenceSource, str]:
    return {EvidenceSource.INTERVIEW: _tr("Interview"), EvidenceSource.SURVEY: _tr("Survey"),
            EvidenceSource.ANALYTICS: _tr("Analytics"),
            EvidenceSource.SUPPORT_TICKETS: _tr("Support tickets"),
            EvidenceSource.OBSERVATION: _tr("Observation"),
            EvidenceSource.ASSUMPTION: _tr("Assumption")}


class EvidenceEditor(QWidget):
    """The sources behind a card, one row each (source, note, link, remove), and a button
    adding one; `changed` carries the whole new list."""

    changed = Signal(list)
    reshaped = Signal()  # a row added or removed: the inspector shows the card again

    def __init__(self, evidence: list[Evidence], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("EvidenceEditor")
        self.evidence = [Evidence(e.source, e.note, e.link) for e in evidence]
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(4)
        self.row_widgets: list[tuple[QComboBox, QLineEdit, QLineEdit, QToolButton]] = []
        for i, item in enumerate(self.evidence):
            self._row(i, item)
        self.add = QPushButton(self.tr("Add source"))
        self.add.setObjectName("AddEvidence")
        self.add.setToolTip(self.tr("Where this card comes from: an interview, a survey, "
                                    "analytics, support tickets, an observation, or an "
                                    "assumption nobody has checked yet"))
        self.add.clicked.connect(self._add)
        self.rows.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)

    def _row(self, i: int, item: Evidence) -> None:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QVBoxLayout(frame)
        grid.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        source = QComboBox()
        for value, name in source_names().items():
            source.addItem(name, value.value)
        source.setCurrentIndex(max(0, source.findData(item.source.value)))
        source.currentIndexChanged.connect(
            lambda _n, i=i, c=source: self._set(i, source=EvidenceSource(c.currentData())))
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this source"))
        remove.clicked.connect(lambda _c=False, i=i: self._remove(i))
        top.addWidget(source, 1)
        top.addWidget(remove)
        note = QLineEdit(item.note)
        note.setPlaceholderText(self.tr("What: who, when, how many"))
        note.editingFinished.connect(lambda i=i, e=note: self._set(i, note=e.text().strip()))
        link = QLineEdit(item.link)
        link.setPlaceholderText("https://…")
        link.editingFinished.connect(lambda i=i, e=link: self._set(i, link=e.text().strip()))
        grid.addLayout(top)
        grid.addWidget(note)
        grid.addWidget(link)
        self.rows.insertWidget(i, frame)
        self.row_widgets.append((source, note, link, remove))

    def _emit(self, evidence: list[Evidence]) -> None:
        self.changed.emit([Evidence(e.source, e.note, e.link) for e in evidence])

    def _set(self, i: int, **change) -> None:
        current = self.evidence[i]
        updated = Evidence(change.get("source", current.source), change.get("note", current.note),
                           change.get("link", current.link))
        if updated != current:
            evidence = list(self.evidence)
            evidence[i] = updated
            self.evidence = evidence
            self._emit(evidence)

    def _add(self) -> None:
        self._emit([*self.evidence, Evidence(EvidenceSource.INTERVIEW)])
        self.reshaped.emit()

    def _remove(self, i: int) -> None:
        self._emit(self.evidence[:i] + self.evidence[i + 1:])
        self.reshaped.emit()


def confidence_names() -> dict[str, str]:
    return {"": _tr("(not judged)"), Confidence.ASSUMED.value: _tr("Assumed"),
            Confidence.SOME_EVIDENCE.value: _tr("Some evidence"),
            Confidence.VALIDATED.value: _tr("Validated")}


class NotesPanel(QWidget):
    """The review notes of one card or stage: each thread with its replies, resolve or
    reopen, reply and delete buttons, and a box to write a new note."""

    def __init__(self, doc, undo, kind: NoteTarget, target_id: str, map_id: str,
                 reshow=lambda: None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("NotesPanel")
        self.doc, self.undo, self.kind, self.target_id = doc, undo, kind, target_id
        self._push = lambda command: (undo.push(command), reshow())
        notes = [n for n in doc.notes(map_id) if n.target_id == target_id]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[tuple[str, str], QPushButton] = {}
        for note, replies in threads(notes):
            layout.addWidget(self._thread(note, replies))
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("NoteText")
        self.editor.setPlaceholderText(self.tr("Write a review note…"))
        self.editor.setFixedHeight(56)
        self.editor.setTabChangesFocus(True)
        self.add_button = add = QPushButton(self.tr("Add note"))
        add.setObjectName("AddNote")
        add.clicked.connect(lambda _c=False: self._add(None, self.editor))
        layout.addWidget(self.editor)
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        self.reply_editors: dict[str, QPlainTextEdit] = {}

    def _card(self, note: ReviewNote, indent: int) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setObjectName(f"note-{note.id}")
        box = QVBoxLayout(frame)
        box.setContentsMargins(6 + indent, 4, 6, 4)
        state = self.tr(" · resolved") if note.resolved else ""
        byline = QLabel(f"<b>{_escape(note.author) or '—'}</b> · {note.created[:10]}{state}")
        text = QLabel(_escape(note.text).replace("\n", "<br>"))
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if note.resolved:
            text.setEnabled(False)
        box.addWidget(byline)
        box.addWidget(text)
        return frame

    def _thread(self, note: ReviewNote, replies: list[ReviewNote]) -> QWidget:
        frame = self._card(note, 0)
        box = frame.layout()
        for reply in replies:
            row = self._card(reply, 12)
            remove = self._button(self.tr("Delete"), "delete", reply.id)
            remove.clicked.connect(lambda _c=False, r=reply.id: self._delete(r))
            row.layout().addWidget(remove, 0, Qt.AlignmentFlag.AlignRight)
            box.addWidget(row)
        actions = QHBoxLayout()
        resolve = self._button(self.tr("Reopen") if note.resolved else self.tr("Resolve"),
                               "resolve", note.id)
        resolve.clicked.connect(lambda _c=False: self._push(
            EditNoteCommand(self.doc, note.id, resolved=not note.resolved)))
        reply = self._button(self.tr("Reply"), "reply", note.id)
        reply.clicked.connect(lambda _c=False: self._open_reply(note, box))
        remove = self._button(self.tr("Delete"), "delete", note.id)
        remove.clicked.connect(lambda _c=False: self._delete(note.id))
        for button in (resolve, reply, remove):
            actions.addWidget(button)
        actions.addStretch(1)
        box.addLayout(actions)
        return frame

    def _button(self, text: str, action: str, note_id: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"{action}-{note_id}")
        self.buttons[(action, note_id)] = button
        return button

    def _open_reply(self, note: ReviewNote, box) -> None:
        if note.id in self.reply_editors:
            self.reply_editors[note.id].setFocus()
            return
        editor = QPlainTextEdit()
        editor.setObjectName(f"reply-text-{note.id}")
        editor.setPlaceholderText(self.tr("Write a reply…"))
        editor.setFixedHeight(48)
        editor.setTabChangesFocus(True)
        send = QPushButton(self.tr("Send reply"))
        send.setObjectName(f"send-{note.id}")
        send.clicked.connect(lambda _c=False: self._add(note.id, editor))
        box.addWidget(editor)
        box.addWidget(send, 0, Qt.AlignmentFlag.AlignRight)
        self.reply_editors[note.id] = editor
        self.buttons[("send", note.id)] = send
        editor.setFocus()

    def _add(self, parent_id: str | None, editor: QPlainTextEdit) -> None:
        text = editor.toPlainText().strip()
        if not text:
            return
        note = ReviewNote(self.kind, self.target_id, text, author=Settings().review_author,
                          parent_id=parent_id)
        editor.clear()
        self._push(AddNoteCommand(self.doc, note))

    def _delete(self, note_id: str) -> None:
        self._push(DeleteNoteCommand(self.doc, note_id))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def reshow_later(inspector) -> None:
    """Show the inspector's target again once the click that changed it is over (it keeps
    its fields while it has the focus, and a button must not vanish inside its signal)."""
    target = inspector.target

    def again() -> None:
        if inspector.target == target and target is not None:
            try:
                getattr(inspector, f"show_{target[0]}")(target[1])
            except MapStudioError:
                inspector.clear()

    QTimer.singleShot(0, again)


def add_evidence_section(inspector, form: QFormLayout, card) -> None:
    """Confidence and the list of sources of a card."""
    edit = inspector.editor.edit_card
    card_id = card.id
    inspector._section(form, _tr("Evidence"))
    names = confidence_names()
    inspector._combo(form, "confidence", _tr("Confidence"), names,
                     card.confidence.value if card.confidence else "",
                     lambda v: edit(card_id, confidence=Confidence(v) if v else None))
    sources = EvidenceEditor(card.evidence)
    sources.changed.connect(lambda evidence: edit(card_id, evidence=evidence))
    sources.reshaped.connect(lambda: reshow_later(inspector))
    form.addRow(sources)
    inspector.fields["evidence"] = sources


def add_notes_section(inspector, form: QFormLayout, kind: NoteTarget, target_id: str,
                      map_id: str) -> None:
    inspector._section(form, _tr("Review notes"))
    panel = NotesPanel(inspector.doc, inspector.undo, kind, target_id, map_id,
                       lambda: reshow_later(inspector))
    form.addRow(panel)
    inspector.fields["notes"] = panel


def add_stewardship_section(inspector, form: QFormLayout, journey_map, edit) -> None:
    """A map's owner and review-by date (a date in the past says it is overdue)."""
    inspector._section(form, _tr("Ownership"))
    inspector._line(form, "owner", _tr("Owner"), journey_map.owner,
                    lambda v: edit(owner=v.strip()))
    inspector.fields["owner"].setPlaceholderText(_tr("e.g. CX lead"))
    when = QDateEdit()
    when.setObjectName("ReviewBy")
    when.setCalendarPopup(True)
    when.setDisplayFormat("yyyy-MM-dd")
    when.setMinimumDate(NO_DATE)
    when.setSpecialValueText(_tr("(no review date)"))
    review_by = journey_map.review_by
    when.setDate(QDate.fromString(review_by, "yyyy-MM-dd") if is_iso_date(review_by)
                 else NO_DATE)

    def commit() -> None:
        day = when.date()
        edit(review_by=None if day == NO_DATE else day.toString("yyyy-MM-dd"))

    when.editingFinished.connect(commit)
    form.addRow(_tr("Review by"), when)
    inspector.fields["review_by"] = when
    if is_overdue(journey_map, date.today()):
        warning = QLabel(_tr("This map is past its review date."))
        warning.setObjectName("ReviewOverdue")
        warning.setStyleSheet("color: #b91c1c;")
        warning.setWordWrap(True)
        form.addRow(warning)
