"""Read the template gallery (DESIGN §4): one JSON interchange file per template.

Bundled templates live in resources/templates/, the user's own ("My templates") in the
platformdirs data folder. Both the gallery dialog and `mapstudio templates` read here.
"""

from __future__ import annotations

import copy
import json
import os
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import platformdirs

from ..files import write_atomically
from ..model import MapStudioError, ProjectData, remap_project, validate_project
from ..model.validation import is_language_code
from ..paths import resource_path

USER_INDUSTRY = "My templates"


def bundled_template_dir() -> Path:
    return resource_path("templates")


def user_template_dir() -> Path:
    override = os.environ.get("MAPSTUDIO_USER_TEMPLATES")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("mapstudio", appauthor=False)) / "templates"


@dataclass(frozen=True)
class TemplateEntry:
    id: str
    name: str
    industry: str
    map_type: str
    language: str
    description: str
    path: Path
    tags: tuple[str, ...] = ()
    user: bool = False
    stages: int = 0
    lanes: int = 0
    cards: int = 0
    personas: int = 0
    persona_names: tuple[str, ...] = field(default=())

    def summary(self) -> dict:
        """The `templates --json` object of DESIGN §5."""
        return {
            "id": self.id, "name": self.name, "industry": self.industry,
            "map_type": self.map_type, "language": self.language, "stages": self.stages,
            "lanes": self.lanes, "cards": self.cards, "personas": self.personas,
        }

    def matches(self, text: str) -> bool:
        hay = " ".join((self.name, self.industry, self.description, *self.tags,
                        *self.persona_names)).casefold()
        return all(word in hay for word in text.casefold().split())


def _entry_from_file(path: Path, user: bool) -> TemplateEntry:
    obj = _read_json(path)
    meta = obj.get("template") or {}
    maps = obj.get("maps") or [{}]
    first = maps[0]
    return TemplateEntry(
        id=meta.get("id") or path.stem,
        name=meta.get("name") or obj.get("project", {}).get("title", path.stem),
        industry=USER_INDUSTRY if user else meta.get("industry", "Other"),
        map_type=meta.get("map_type") or first.get("map_type", "current_state"),
        language=meta.get("language", "en"),
        description=meta.get("description", ""),
        tags=tuple(meta.get("tags", ())),
        path=path,
        user=user,
        stages=len(first.get("stages", ())),
        lanes=len(first.get("lanes", ())),
        cards=sum(len(m.get("cards", ())) for m in maps),
        personas=len(obj.get("personas", ())),
        persona_names=tuple(p.get("name", "") for p in obj.get("personas", ())),
    )


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MapStudioError(f"template {path.name}: cannot be read: {exc}") from exc


@lru_cache(maxsize=128)
def _cached_entry(path: Path, mtime_ns: int, user: bool) -> TemplateEntry:
    return _entry_from_file(path, user)


def list_templates(
    industry: str | None = None, language: str | None = None, query: str | None = None
) -> list[TemplateEntry]:
    """Every template, bundled first then the user's, optionally filtered."""
    entries: list[TemplateEntry] = []
    for folder, user in ((bundled_template_dir(), False), (user_template_dir(), True)):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            try:
                entries.append(_cached_entry(path, path.stat().st_mtime_ns, user))
            except MapStudioError:
                if not user:
                    raise
    if industry:
        entries = [e for e in entries if e.industry.casefold() == industry.casefold()]
    if language:
        entries = [e for e in entries if e.language.casefold() == language.casefold()]
    if query:
        entries = [e for e in entries if e.matches(query)]
    return entries


def find_template(template_id: str) -> TemplateEntry:
    for entry in list_templates():
        if entry.id == template_id:
            return entry
    known = ", ".join(e.id for e in list_templates()[:5])
    raise MapStudioError(f"no template with id {template_id!r} (e.g. {known}; "
                         "see `mapstudio templates`)")


def load_template(template_id: str) -> ProjectData:
    """The template exactly as stored (validated)."""
    from ..interchange import project_from_dict

    entry = find_template(template_id)
    return project_from_dict(_read_json(entry.path))


def instantiate(template_id: str) -> ProjectData:
    """A copy of the template with fresh ids, ready to become a project or join one.

    The project speaks the template's language: its `settings.language` is the template's
    metadata language unless the template's project already names one, so a Russian
    template prints Russian captions whatever the interface language.
    """
    entry = find_template(template_id)
    data = remap_project(load_template(template_id))
    if not data.project.settings.language and entry.language \
            and is_language_code(entry.language):
        data.project.settings.language = entry.language
    return data


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return slug or "template"


def map_as_template(data: ProjectData, map_id: str, name: str) -> ProjectData:
    """One map of a project, with the personas and images it uses, ready to be a template.

    Its counterpart link and the links of its cards and stages to other maps are dropped
    (those maps stay behind), and so are its review notes and review date (they belong to
    the team's work on this map); snapshots never travel with it.
    """
    content = next((m for m in data.maps if m.map.id == map_id), None)
    if content is None:
        raise MapStudioError(f"no map {map_id!r} in this project")
    content = copy.deepcopy(content)
    content.map.counterpart_id = None
    content.map.review_by = None
    content.notes = []
    for item in (*content.stages, *content.cards):
        item.linked_map_id = None
    content.map.position = 0
    persona_ids = set(content.map.persona_ids)
    persona_ids |= {c.persona_id for c in content.cards if c.persona_id}
    persona_ids |= {p.persona_id for p in content.emotion_points if p.persona_id}
    personas = [copy.deepcopy(p) for p in data.personas if p.id in persona_ids]
    asset_ids = {c.image_asset_id for c in content.cards if c.image_asset_id}
    asset_ids |= {p.photo_asset_id for p in personas if p.photo_asset_id}
    project = replace(copy.deepcopy(data.project), title=name, description="")
    project.settings.brand_logo_asset_id = None  # the agency's logo is not the map's
    return ProjectData(project=project, personas=personas, maps=[content],
                       assets=[a for a in data.assets if a.id in asset_ids])


def save_as_template(data: ProjectData, name: str, description: str = "",
                     language: str = "en", tags: tuple[str, ...] = ()) -> TemplateEntry:
    """Write a user's map (the project holding just that map) to "My templates"."""
    from ..interchange import project_to_dict

    if len(data.maps) != 1:
        raise MapStudioError("a template holds exactly one map")
    if not name.strip():
        raise MapStudioError("a template needs a name")
    validate_project(data)  # a template that cannot be loaded back is never written
    folder = user_template_dir()
    folder.mkdir(parents=True, exist_ok=True)
    base = "user-" + _slug(name)
    template_id, n = base, 2
    while (folder / f"{template_id}.json").exists():
        template_id, n = f"{base}-{n}", n + 1
    obj = project_to_dict(data)
    obj["template"] = {
        "id": template_id, "name": name, "industry": USER_INDUSTRY,
        "map_type": str(data.maps[0].map.map_type), "language": language,
        "description": description, "tags": list(tags),
    }
    target = folder / f"{template_id}.json"
    text = json.dumps(obj, ensure_ascii=False, indent=2)
    write_atomically(target, lambda temp: temp.write_text(text, encoding="utf-8"))
    return _entry_from_file(target, user=True)


def delete_user_template(template_id: str) -> None:
    entry = find_template(template_id)
    if not entry.user:
        raise MapStudioError(f"{template_id!r} is a bundled template and cannot be deleted")
    entry.path.unlink()
