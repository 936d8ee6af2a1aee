"""Team workspaces in the editor: File ▸ Open workspace project…, File ▸ Publish to
workspace…, who else has the shown map open (the status bar, asked again whenever
someone arrives, switches maps, selects or leaves, and every few seconds in case a
client died) with their selections outlined on the canvas, and `mapstudio URL#PROJECT`.

Other people's commits arrive on the document's listener thread; the session re-emits
them as a Qt signal, queued onto this thread, and the scene relays out the shown map
(items are reused by id, so nothing jumps). A change refused because someone else got
there first reaches the window as a failed write: one line, and the map shows theirs.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from ...model import MapStudioError

log = logging.getLogger(__name__)
URL_KEY = "workspace/last_url"
PRESENCE_MS = 5_000  # a client that died without a word drops out this late at most


def _tr(text: str) -> str:
    return QCoreApplication.translate("Workspace", text)


def _remember(url: str) -> None:
    """The last workspace URL, never with a password in it."""
    from ...store.pg_driver import redact

    if redact(url) == url:
        QSettings().setValue(URL_KEY, url)


class OpenWorkspaceDialog(QDialog):
    """A workspace URL, its projects (with who has each open), one chosen."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Open workspace project"))
        self.url = QLineEdit(str(QSettings().value(URL_KEY, "") or ""))
        self.url.setPlaceholderText("postgresql://user@host/database")
        self.url.setAccessibleName(_tr("Workspace URL"))
        self.list_button = QPushButton(_tr("&List projects"))
        self.list_button.clicked.connect(self.list_projects)
        self.projects = QListWidget()
        self.projects.setAccessibleName(_tr("Projects"))
        self.projects.itemDoubleClicked.connect(lambda _item: self.accept())
        self.status = QLabel(_tr("Passwords come from your .pgpass file, the PostgreSQL "
                                 "service file or the system keychain."))
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setEnabled(False)
        self.projects.currentItemChanged.connect(
            lambda item, _old: self.open_button.setEnabled(item is not None))
        form = QFormLayout()
        form.addRow(_tr("Workspace:"), self.url)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list_button)
        layout.addWidget(self.projects)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def list_projects(self) -> None:
        from ...store.workspace import list_projects

        self.projects.clear()
        url = self.url.text().strip()
        try:
            found = list_projects(url)
        except MapStudioError as exc:
            self.status.setText(str(exc))
            return
        for project in found:
            who = ", ".join(project["open_by"])
            text = project["name"] + (_tr(" — open by {0}").format(who) if who else "")
            item = QListWidgetItem(text)
            item.setData(256, project["name"])
            self.projects.addItem(item)
        self.status.setText(_tr("Projects: {0}").format(len(found)) if found else
                            _tr("No projects yet: publish one with File ▸ Publish to "
                                "workspace…"))
        if found:
            self.projects.setCurrentRow(0)
        _remember(url)

    def target(self) -> str | None:
        item = self.projects.currentItem()
        if item is None:
            return None
        return f"{self.url.text().strip()}#{item.data(256)}"


class PublishDialog(QDialog):
    """Where to publish the open project, and under which name."""

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Publish to workspace"))
        self.url = QLineEdit(str(QSettings().value(URL_KEY, "") or ""))
        self.url.setPlaceholderText("postgresql://user@host/database")
        self.name = QLineEdit(title)
        form = QFormLayout(self)
        form.addRow(_tr("Workspace:"), self.url)
        form.addRow(_tr("Project name:"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, 140)


class PresenceRelay(QObject):
    """Presence news from the listener's thread, re-emitted on the GUI thread."""

    heard = Signal()


class WorkspaceFeatures:
    def __init__(self, window) -> None:
        self.window = window
        self.open_action = QAction(_tr("Open &workspace project…"), window)
        self.open_action.setStatusTip(_tr("Open a project shared on a team workspace "
                                          "(PostgreSQL)"))
        self.open_action.triggered.connect(self.ask_open)
        self.publish_action = QAction(_tr("&Publish to workspace…"), window)
        self.publish_action.setStatusTip(_tr("Copy this project into a team workspace"))
        self.publish_action.triggered.connect(self.ask_publish)
        menu = window.menuBar().findChild(QMenu, "FileMenu")
        if menu is not None:
            recent = window.actions.recent_menu.menuAction()
            menu.insertAction(recent, self.open_action)
            menu.insertAction(recent, self.publish_action)
        self.presence = QLabel()
        self.presence.setObjectName("PresenceLabel")
        self.presence.hide()
        window.statusBar().addPermanentWidget(self.presence)
        self.timer = QTimer(window)
        self.timer.setInterval(PRESENCE_MS)
        self.timer.timeout.connect(self.refresh_presence)
        self.relay = PresenceRelay(window)
        self.relay.heard.connect(self.refresh_presence)
        self.marks = None  # PresenceMarks of the open workspace map's scene

    def workspace_document(self):
        from ...store.workspace_document import WorkspaceDocument

        doc = self.window.doc
        return doc if isinstance(doc, WorkspaceDocument) else None

    def ask_open(self) -> None:
        dialog = OpenWorkspaceDialog(self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.target():
            self.open(dialog.target())

    def open(self, target: str) -> bool:
        """Open `URL#PROJECT` in this window, listening for other people's changes."""
        from ...store.workspace import open_project

        if not self.window.demo.confirm_leave():
            return False
        try:
            doc = open_project(target, listen=True)
        except MapStudioError as exc:
            QMessageBox.critical(self.window, _tr("Open workspace project"), str(exc))
            return False
        self.window.set_document(doc)
        from ...canvas.presence_marks import PresenceMarks

        doc.watch_presence(self.relay.heard.emit)
        scene = self.window.scene
        self.marks = PresenceMarks(scene)
        scene.relaid.connect(self._follow_map)
        scene.selectionChanged.connect(self._share_selection)
        self._follow_map()
        if doc.read_only:
            self.window.statusBar().showMessage(
                _tr("Read-only: your role may only read this workspace"), 15000)
        self.refresh_presence()
        self.timer.start()
        return True

    def _share_selection(self) -> None:
        """The cards selected here, for the others' outlines (the listener sends them)."""
        doc = self.workspace_document()
        try:
            selected = self.window.scene.selected_card_ids()
        except (RuntimeError, AttributeError):  # the scene is going away with its map
            return
        if doc is not None:
            doc.show_selection(selected)

    def _follow_map(self) -> None:
        """Tell the workspace which map this window shows (after every relayout: a
        cheap comparison unless the map changed)."""
        doc = self.workspace_document()
        scene = self.window.scene
        if doc is not None and scene is not None and doc.shown_map != scene.map_id:
            doc.show_map(scene.map_id)
            self.refresh_presence()

    def refresh_presence(self) -> None:
        """The other people (database user names) who have the shown map open."""
        doc = self.workspace_document()
        if doc is None:
            self.presence.hide()
            self.timer.stop()
            return
        users = []
        try:
            if doc.shown_map is not None:
                users = doc.others_on_map(doc.shown_map)
        except MapStudioError as exc:
            self.presence.setText(_tr("Offline"))
            self.presence.setToolTip(str(exc))
            self.presence.show()
            return
        if self.marks is not None and self.marks.scene is self.window.scene:
            self.marks.show(doc.selections_on(doc.shown_map) if users else {})
        self.presence.setText(_tr("Also on this map: {0}").format(", ".join(users))
                              if users else "")
        self.presence.setToolTip(_tr("Other people who have this map open now (their "
                                     "workspace user names)"))
        self.presence.setVisible(bool(users))

    def ask_publish(self) -> None:
        doc = self.window.doc
        if doc is None:
            return
        dialog = PublishDialog(doc.project().title, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.publish(dialog.url.text().strip(), dialog.name.text().strip())

    def publish(self, url: str, name: str) -> bool:
        from ...store.workspace import publish

        try:
            if not name or "#" in name:
                raise MapStudioError(_tr("Choose a project name without '#'."))
            publish(self.window.doc.export_data(), url, name)
        except MapStudioError as exc:
            QMessageBox.critical(self.window, _tr("Publish to workspace"), str(exc))
            return False
        _remember(url)
        self.window.statusBar().showMessage(
            _tr("Published as {0} — File ▸ Open workspace project… opens it").format(name),
            10000)
        return True
