"""Maps of a project: add, duplicate, rename/edit, reorder, delete."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..model import MapContent, Persona
from .base import DocumentCommand, SetFieldsCommand, check_picture


class AddMapCommand(DocumentCommand):
    """Add a whole map (blank starter, template or pasted), with the personas it brings
    that the project does not have yet; undo removes both. A map from a template passes
    the template's `language`: a project that has no language yet takes it."""

    def __init__(self, document, content: MapContent, text: str = "Add map",
                 personas: Sequence[Persona] = (), language: str = "") -> None:
        super().__init__(document, text)
        self.content = content
        known = {p.id for p in document.personas()}
        self.personas = [p for p in personas if p.id not in known]
        settings = document.project().settings
        self.settings = None if settings.language or not language \
            else (settings, replace(settings, language=language))

    def redo(self) -> None:
        with self.doc.batch():
            for persona in self.personas:
                self.doc.add_persona(persona)
            self.doc.insert_map_content(self.content)
            if self.settings is not None:
                self.doc.update_project(settings=self.settings[1])

    def undo(self) -> None:
        with self.doc.batch():
            if self.settings is not None:
                self.doc.update_project(settings=self.settings[0])
            self.doc.delete_map(self.content.map.id)
            for persona in self.personas:
                self.doc.delete_persona(persona.id)


class DuplicateMapCommand(DocumentCommand):
    def __init__(self, document, map_id: str, title: str | None = None) -> None:
        super().__init__(document, "Duplicate map")
        self.map_id, self.title = map_id, title
        self.copy: MapContent | None = None

    def redo(self) -> None:
        if self.copy is None:
            new = self.doc.duplicate_map(self.map_id, self.title)
            self.copy = self.doc.load_map(new.id)
        else:
            self.doc.insert_map_content(self.copy)

    def undo(self) -> None:
        self.doc.delete_map(self.copy.map.id)


class EditMapCommand(SetFieldsCommand):
    reader, writer = "journey_map", "update_map"

    def describe(self, current, fields: dict) -> str:
        return "Edit map"


class MoveMapCommand(DocumentCommand):
    def __init__(self, document, map_id: str, position: int) -> None:
        super().__init__(document, "Reorder map")
        self.map_id, self.position = map_id, position
        self.origin = document.journey_map(map_id).position

    def redo(self) -> None:
        self.doc.move_map(self.map_id, self.position)

    def undo(self) -> None:
        self.doc.move_map(self.map_id, self.origin)


class DeleteMapCommand(DocumentCommand):
    def __init__(self, document, map_id: str) -> None:
        super().__init__(document, "Delete map")
        self.content = document.load_map(map_id)
        self.links = [m.id for m in document.maps() if m.counterpart_id == map_id]
        self.drill_downs = document.links_to(map_id)  # cards and stages linking to it

    def redo(self) -> None:
        self.doc.delete_map(self.content.map.id)

    def undo(self) -> None:
        with self.doc.batch():
            self.doc.insert_map_content(self.content)
            for other in self.links:
                self.doc.update_map(other, counterpart_id=self.content.map.id)
            for table, item_id in self.drill_downs:
                update = self.doc.update_card if table == "card" else self.doc.update_stage
                update(item_id, linked_map_id=self.content.map.id)


class EditProjectCommand(DocumentCommand):
    """Project title, description and settings (brand for print, default scale)."""

    def __init__(self, document, text: str = "Edit project", logo: bytes | None = None,
                 **fields) -> None:
        super().__init__(document, text)
        current = document.project()
        if logo:  # a new brand logo: its bytes are stored by redo, removed by undo
            check_picture(logo)
            fields.setdefault("settings", current.settings)
        self.logo = logo
        self.before = {k: getattr(current, k) for k in fields}
        self.after = fields

    def redo(self) -> None:
        after = dict(self.after)
        if self.logo:
            after["settings"] = replace(after["settings"],
                                        brand_logo_asset_id=self.store_image(self.logo))
        self.doc.update_project(**after)

    def undo(self) -> None:
        self.doc.update_project(**self.before)
        self.remove_added_images()
