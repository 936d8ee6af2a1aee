"""Shared bases: commands hold the document and ids, and replay through its API."""

from __future__ import annotations

import hashlib
import weakref
from functools import wraps

from PySide6.QtGui import QUndoCommand

from ..model import WriteError
from ..model.document_api import DocumentAPI


def _one_transaction(method, phase: str):
    """Run a command's redo/undo as one transaction; report a failed write instead of
    leaving the stack claiming a change the file does not hold."""

    @wraps(method)
    def run(self) -> None:
        if self.skip == phase:
            self.skip = None
            return
        stack = self.stack
        if stack is not None and stack.suspended:
            return
        if self.depth:  # a subclass calling its base's redo/undo: already inside
            method(self)
            return
        self.depth += 1
        # a workspace refuses an undo over a change someone else made since
        self.doc.phase = phase
        try:
            with self.doc.command():
                method(self)
        except WriteError as exc:
            if self.direct or stack is None:
                raise
            stack.command_failed(self, phase, exc)
        finally:
            self.depth -= 1

    return run


def check_picture(data: bytes) -> None:
    """Refuse a bad picture before a command writes anything (Pillow loads on first use,
    not at start-up)."""
    from ..store.images import check_image

    check_image(data)


class DocumentCommand(QUndoCommand):
    """A command over one document. Subclasses implement redo/undo with API calls; each
    runs as one transaction (one commit, or nothing at all)."""

    def __init__(self, document: DocumentAPI, text: str) -> None:
        super().__init__(text)
        self.doc: DocumentAPI = document
        self._stack = None  # weak: the stack owns its commands, not the other way round
        self.skip: str | None = None
        self.direct = False
        self.depth = 0
        self.added_images: list[str] = []  # pictures this command's redo stored anew
        self._image_ids: dict[str, str] = {}

    def store_image(self, data: bytes) -> str:
        """Store a picture inside redo; undo's `remove_added_images` takes it away again
        unless the project already had it."""
        key = hashlib.sha256(data).hexdigest()
        asset, new = self.doc.store_image(data, self._image_ids.get(key))
        self._image_ids[key] = asset.id  # the same id on every redo
        if new:
            self.added_images.append(asset.id)
        return asset.id

    def remove_added_images(self) -> None:
        """In undo, after the rows that used them are gone."""
        for asset_id in self.added_images:
            self.doc.remove_image(asset_id)
        self.added_images.clear()

    @property
    def stack(self):
        """The ProjectUndoStack this command was pushed on, if it still exists."""
        return self._stack() if self._stack is not None else None

    @stack.setter
    def stack(self, stack) -> None:
        self._stack = weakref.ref(stack) if stack is not None else None

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        for phase in ("redo", "undo"):
            if phase in cls.__dict__:
                setattr(cls, phase, _one_transaction(cls.__dict__[phase], phase))


class SetFieldsCommand(DocumentCommand):
    """The one generic edit: some fields of one object, with their values before and
    after (one gesture, one command). Subclasses name the document's reader and writer
    and how History describes the change."""

    reader = ""  # the Document method that reads the object, e.g. "card"
    writer = ""  # the Document method that writes its fields, e.g. "update_card"

    def __init__(self, document: DocumentAPI, object_id: str, history: str = "", /,
                 **fields) -> None:
        # `history` (what the History list says) is positional only: "text" is a field
        current = getattr(document, self.reader)(object_id)
        super().__init__(document, history or self.describe(current, fields))
        self.object_id = object_id
        self.before = {k: getattr(current, k) for k in fields}
        self.after = fields

    def describe(self, current, fields: dict) -> str:
        return "Edit"

    def redo(self) -> None:
        self.write(self.after)

    def undo(self) -> None:
        self.write(self.before)

    def write(self, values: dict) -> None:
        getattr(self.doc, self.writer)(self.object_id, **values)


class MapSnapshotCommand(DocumentCommand):
    """Undo by restoring the map exactly as it was: for edits with wide side effects
    (removing a stage shortens spanning cards, a new scale rescales every score)."""

    def __init__(self, document: DocumentAPI, map_id: str, text: str) -> None:
        super().__init__(document, text)
        self.map_id = map_id
        self._before = None
        self._after = None

    def apply(self) -> None:  # the edit itself, run once
        raise NotImplementedError

    def redo(self) -> None:
        if self._after is not None:
            self.doc.replace_map_content(self._after)
            return
        before = self.doc.load_map(self.map_id)
        self.apply()
        self._after = self.doc.load_map(self.map_id)
        self._before = before

    def undo(self) -> None:
        self.doc.replace_map_content(self._before)
