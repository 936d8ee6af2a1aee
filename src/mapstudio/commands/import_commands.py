"""Maps brought in from another file (JSON, CSV, a template set) as one undo step and
one transaction: their pictures, the personas the project lacks, and the maps."""

from __future__ import annotations

import copy
from dataclasses import replace

from ..model import ProjectData
from .base import DocumentCommand, check_picture


class ImportMapsCommand(DocumentCommand):
    def __init__(self, document, data: ProjectData, text: str = "Import") -> None:
        super().__init__(document, text)
        for asset in data.assets:  # refused here, before anything is written
            check_picture(asset.data)
        known = {p.id for p in document.personas()}
        self.data = data
        self.personas = [p for p in data.personas if p.id not in known]
        self.first_position = len(document.maps())
        self.map_ids = [c.map.id for c in data.maps]
        settings = document.project().settings
        language = data.project.settings.language
        self.settings = None if settings.language or not language \
            else (settings, replace(settings, language=language))

    def redo(self) -> None:
        stored = {a.id: self.store_image(a.data) for a in self.data.assets}
        for persona in self.personas:
            self.doc.add_persona(replace(persona,
                                         photo_asset_id=stored.get(persona.photo_asset_id)))
        ordered = sorted(self.data.maps, key=lambda m: m.map.position)
        for i, content in enumerate(ordered):
            content = copy.deepcopy(content)
            content.map.position = self.first_position + i
            for card in content.cards:
                card.image_asset_id = stored.get(card.image_asset_id)
            self.doc.insert_map_content(content)
        if self.settings is not None:
            self.doc.update_project(settings=self.settings[1])

    def undo(self) -> None:
        if self.settings is not None:
            self.doc.update_project(settings=self.settings[0])
        for map_id in self.map_ids:
            self.doc.delete_map(map_id)
        for persona in self.personas:
            self.doc.delete_persona(persona.id)
        self.remove_added_images()
