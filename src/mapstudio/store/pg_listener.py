"""Other clients' committed changes, heard on the project's LISTEN channel.

A daemon thread with its own autocommit connection waits for notifications and hands
each to `WorkspaceDocument.receive`, which delivers them to subscribers from this
thread (the GUI's `DocumentBridge` re-emits them as a Qt signal, queued onto the GUI
thread). When the server goes away the document is marked offline, and the thread
reconnects every second; once back, every open map is reloaded, since notifications sent
meanwhile were lost. The connection's `application_name` says which map this client
shows (`workspace_presence.py`); the thread renames it when that changes and, as it
stops, tells the others it has left.
"""

from __future__ import annotations

import logging
import threading

import psycopg
from psycopg import sql

from ..model.changes import Change, ChangeSet, Origin
from .pg_driver import WorkspaceError, connect_raw

log = logging.getLogger(__name__)
RETRY_SECONDS = 1.0


class Listener(threading.Thread):
    def __init__(self, document) -> None:
        super().__init__(name=f"listen {document.channel}", daemon=True)
        self.document = document
        self._halt = threading.Event()
        self._conn: psycopg.Connection | None = None
        self.ready = threading.Event()  # set once LISTEN is in place
        self._showing = False  # the connection's name carries a shown map

    def stop(self) -> None:
        self._halt.set()
        self.join(timeout=3)

    def run(self) -> None:
        lost = False
        while not self._halt.is_set():
            try:
                named = self.document.presence_name()
                self._conn = connect_raw(self.document.url, autocommit=True,
                                         application_name=named)
            except WorkspaceError:
                self._halt.wait(RETRY_SECONDS)
                continue
            try:
                self._conn.execute(sql.SQL("LISTEN {}").format(
                    sql.Identifier(self.document.channel)))
                self._showing = False  # a new connection: its first map says hello
                sent = self._announce(named)
                self.ready.set()
                if lost:
                    lost = False
                    self.document.offline = False
                    self._reload_everything()
                while not self._halt.is_set():
                    for note in self._conn.notifies(timeout=0.2):
                        self.document.receive(note.payload)
                    now = (self.document.presence_name(), self.document.shown_selection)
                    if now != sent or self.document._reply_due:
                        self.document._reply_due = False
                        named = now[0]
                        sent = self._announce(named)
                self.document.shown_map = None  # leaving: the others drop this client
                self._announce(self.document.connection_name_without_map())
            except psycopg.Error as exc:
                if self._halt.is_set():
                    break
                log.warning("%s: lost the workspace connection (%s)",
                            self.document.location, exc)
                lost = True
                self.document.offline = True
                self._halt.wait(RETRY_SECONDS)
            finally:
                self._conn.close()

    def _announce(self, name: str) -> tuple:
        """Rename this connection and tell the project's other clients its map and
        selection (only once this client has shown a map: a client without a window
        says nothing; its first map says hello, and the others answer). Returns what
        was said."""
        selection = self.document.shown_selection
        showing = name != self.document.connection_name_without_map()
        if showing or self._showing:
            hello = showing and not self._showing
            self._conn.execute(
                "SELECT set_config('application_name', ?, false), pg_notify(?, ?)",
                (name, self.document.channel, self.document.presence_message(hello)))
        self._showing = showing
        return name, selection

    def _reload_everything(self) -> None:
        maps = sorted({id_ for entity, id_ in self.document._seen if entity == "map"})
        self.document.deliver(ChangeSet(tuple(Change("map", "reloaded", m, m) for m in maps),
                                        Origin.REMOTE))
