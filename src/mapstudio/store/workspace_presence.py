"""Who else has a map of a workspace project open, straight from the server.

Nothing is stored: the listener's connection names the project, the shown map (a short
hash: `application_name` holds 63 bytes) and this client in its `application_name`, and
`pg_stat_activity` lists the live ones with their database user names. A client that
switches maps renames its connection and sends a presence notification on the
project's channel, so other windows ask again at once; one that crashes drops out with
its connection. The same notification carries the client's selection on that map
(at most `SELECTION_LIMIT` card ids), so others can outline it; a client that arrives
says hello, and the others answer with theirs.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable

import psycopg
from sqlalchemy.exc import DBAPIError

from .pg_driver import WorkspaceError, plain

APP_PREFIX = "mapstudio"
CLIENT_CHARS = 12
SELECTION_LIMIT = 200  # ids in a notification: well under its 8,000 bytes


def map_tag(map_id: str) -> str:
    return hashlib.sha256(map_id.encode()).hexdigest()[:12]


def connection_name(schema: str, map_id: str | None, client_id: str) -> str:
    """`mapstudio <schema>` for a project's connections; the listener's adds the shown
    map and the client (`pg_stat_activity` shows it to everyone on the server)."""
    if map_id is None:
        return f"{APP_PREFIX} {schema}"
    return f"{APP_PREFIX} {schema} {map_tag(map_id)} {client_id[:CLIENT_CHARS]}"


def schema_of(application_name: str) -> str | None:
    """The project schema a connection named `application_name` works on, if ours."""
    parts = application_name.split(" ")
    return parts[1] if len(parts) >= 2 and parts[0] == APP_PREFIX else None


class PresenceMixin:
    """`WorkspaceDocument`'s side: the shown map, and the others on it."""

    shown_map: str | None = None
    shown_selection: tuple[str, ...] = ()
    _reply_due = False  # someone said hello: the listener announces this client again

    def presence_name(self) -> str:
        return connection_name(self.schema, self.shown_map, self.client_id)

    def connection_name_without_map(self) -> str:
        return connection_name(self.schema, None, self.client_id)

    def show_map(self, map_id: str | None) -> None:
        """The map this window shows now (None: none); the listener renames its
        connection and tells the project's other clients."""
        if map_id != self.shown_map:
            self.shown_selection = ()
        self.shown_map = map_id

    def show_selection(self, card_ids) -> None:
        """The cards selected in this window (the listener tells the others)."""
        self.shown_selection = tuple(card_ids)[:SELECTION_LIMIT]

    def watch_presence(self, callback: Callable[[], None]) -> None:
        """Call `callback` (from the listener's thread) when someone opens or leaves a
        map of this project, or changes their selection."""
        self._presence_watchers.append(callback)

    def presence_message(self, hello: bool = False) -> str:
        return json.dumps({"client": self.client_id, "presence": True, "hello": hello,
                           "user": self.user, "map": self.shown_map,
                           "selection": list(self.shown_selection)})

    def _presence_heard(self, message: dict) -> bool:
        """True if `message` was a presence notification (remembered, watchers called)."""
        if not message.get("presence"):
            return False
        client = message.get("client")
        if client != self.client_id and isinstance(client, str):
            if message.get("map") is None:
                self._selections.pop(client, None)
            else:
                self._selections[client] = (str(message.get("user", "")),
                                            str(message["map"]),
                                            [str(i) for i in message.get("selection", [])])
            if message.get("hello") and self.shown_map is not None:
                self._reply_due = True
            for callback in list(self._presence_watchers):
                callback()
        return True

    def selections_on(self, map_id: str) -> dict[str, list[str]]:
        """user name -> the card ids they have selected on `map_id` (other clients that
        are still connected, as `others_on_map` last found)."""
        found: dict[str, list[str]] = {}
        for user, shown, ids in list(self._selections.values()):
            if shown == map_id and ids:
                found.setdefault(user, []).extend(ids)
        return found

    def others_on_map(self, map_id: str) -> list[str]:
        """The database user names of the other clients showing `map_id` now."""
        prefix = connection_name(self.schema, map_id, self.client_id)
        on_map = prefix.rsplit(" ", 1)[0] + " "
        try:
            found = self._raw("SELECT usename, application_name FROM pg_stat_activity "
                              "WHERE application_name LIKE ?",
                              (connection_name(self.schema, None, "") + " %",))
        except (DBAPIError, psycopg.Error) as exc:
            raise WorkspaceError(f"{self.location}: who else is here cannot be read "
                                 f"({plain(exc)})") from None
        live = {name.rsplit(" ", 1)[-1] for _user, name in found}
        for client in list(self._selections):  # gone without a word: a crash
            if client[:CLIENT_CHARS] not in live:
                self._selections.pop(client, None)
        return sorted({user for user, name in found
                       if name.startswith(on_map) and name != prefix})
