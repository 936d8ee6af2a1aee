"""Persona library edits. Deleting a persona also drops it from maps, cards and curves,
so undo restores every map it touched exactly."""

from __future__ import annotations

from ..model import Persona
from .base import DocumentCommand


class AddPersonaCommand(DocumentCommand):
    def __init__(self, document, persona: Persona, assign_to_map: str | None = None) -> None:
        super().__init__(document, "Add persona")
        self.persona = persona
        self.map_id = assign_to_map

    def redo(self) -> None:
        with self.doc.batch():
            self.doc.add_persona(self.persona)
            if self.map_id:
                ids = self.doc.journey_map(self.map_id).persona_ids
                self.doc.update_map(self.map_id, persona_ids=[*ids, self.persona.id])

    def undo(self) -> None:
        self.doc.delete_persona(self.persona.id)


class EditPersonaCommand(DocumentCommand):
    def __init__(self, document, persona_id: str, **fields) -> None:
        super().__init__(document, "Edit persona")
        self.persona_id = persona_id
        current = document.persona(persona_id)
        self.before = {k: getattr(current, k) for k in fields}
        self.after = fields

    def redo(self) -> None:
        self.doc.update_persona(self.persona_id, **self.after)

    def undo(self) -> None:
        self.doc.update_persona(self.persona_id, **self.before)


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
        with self.doc.batch():
            for persona in self.personas:
                data = self.photos.get(persona.id)
                if data:
                    persona.photo_asset_id = self.doc.add_image(data).id
                self.doc.add_persona(persona)

    def undo(self) -> None:
        with self.doc.batch():
            for persona in self.personas:
                self.doc.delete_persona(persona.id)
