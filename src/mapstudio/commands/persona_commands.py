"""Persona library edits. Deleting a persona also drops it from maps, cards and curves,
so undo restores every map it touched exactly."""

from __future__ import annotations

from dataclasses import replace

from ..model import Persona
from .base import DocumentCommand, SetFieldsCommand, check_picture


class AddPersonaCommand(DocumentCommand):
    """A new persona (with the photo's bytes, stored by redo), optionally on a map."""

    def __init__(self, document, persona: Persona, assign_to_map: str | None = None,
                 photo: bytes | None = None) -> None:
        super().__init__(document, "Add persona")
        if photo:
            check_picture(photo)
        self.persona = persona
        self.map_id = assign_to_map
        self.photo = photo

    def redo(self) -> None:
        persona = self.persona
        if self.photo:
            persona = replace(persona, photo_asset_id=self.store_image(self.photo))
        self.doc.add_persona(persona)
        if self.map_id:
            ids = self.doc.journey_map(self.map_id).persona_ids
            self.doc.update_map(self.map_id, persona_ids=[*ids, persona.id])

    def undo(self) -> None:
        self.doc.delete_persona(self.persona.id)
        self.remove_added_images()


class EditPersonaCommand(SetFieldsCommand):
    """Persona fields; a new photo's bytes are stored by redo and removed by undo."""

    reader, writer = "persona", "update_persona"

    def __init__(self, document, persona_id: str, photo: bytes | None = None,
                 **fields) -> None:
        if photo:
            check_picture(photo)
            fields["photo_asset_id"] = None  # set by redo to the stored picture
        super().__init__(document, persona_id, **fields)
        self.photo = photo

    def describe(self, current, fields: dict) -> str:
        return "Edit persona"

    def redo(self) -> None:
        after = dict(self.after)
        if self.photo:
            after["photo_asset_id"] = self.store_image(self.photo)
        self.write(after)

    def undo(self) -> None:
        self.write(self.before)
        self.remove_added_images()


class DeletePersonaCommand(DocumentCommand):
    def __init__(self, document, persona_id: str) -> None:
        super().__init__(document, "Delete persona")
        self.persona = document.persona(persona_id)
        self.position = [p.id for p in document.personas()].index(persona_id)
        self.maps = [document.load_map(m.id) for m in document.maps()]

    def redo(self) -> None:
        self.doc.delete_persona(self.persona.id)

    def undo(self) -> None:
        with self.doc.batch():
            self.doc.add_persona(self.persona)
            for content in self.maps:
                self.doc.replace_map_content(content)
                self.doc.update_map(content.map.id, persona_ids=content.map.persona_ids)


class AssignPersonasCommand(DocumentCommand):
    """Which personas a map shows (header, legend, emotion curves)."""

    def __init__(self, document, map_id: str, persona_ids: list[str]) -> None:
        super().__init__(document, "Assign personas")
        self.map_id = map_id
        self.before = document.journey_map(map_id).persona_ids
        self.after = list(persona_ids)

    def redo(self) -> None:
        self.doc.update_map(self.map_id, persona_ids=self.after)

    def undo(self) -> None:
        self.doc.update_map(self.map_id, persona_ids=self.before)


class ImportPersonasCommand(DocumentCommand):
    """Personas (with their photos) copied from another project file."""

    def __init__(self, document, personas: list[Persona], photos: dict[str, bytes]) -> None:
        super().__init__(document, "Import personas")
        self.personas = personas
        self.photos = photos

    def redo(self) -> None:
        for persona in self.personas:
            data = self.photos.get(persona.id)
            if data:
                persona = replace(persona, photo_asset_id=self.store_image(data))
            self.doc.add_persona(persona)

    def undo(self) -> None:
        for persona in self.personas:
            self.doc.delete_persona(persona.id)
        self.remove_added_images()
