"""Everything an export needs, read from the document once (in the caller's thread).

The dialog reads the source in the GUI thread and renders it in a worker, so the worker
never touches the database connection.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import MapContent, MapStudioError, Persona, Project


@dataclass
class ExportSource:
    project: Project
    content: MapContent
    personas: list[Persona]  # the map's personas, in the map's order
    images: dict[str, bytes] = field(default_factory=dict, repr=False)
    image_sizes: dict[str, tuple[int, int]] = field(default_factory=dict)
    version: str = ""  # latest snapshot name, if any
    map_number: int = 1
    map_count: int = 1
    links: dict = field(default_factory=dict)  # map id -> LinkSummary of linked maps
    linked: list = field(default_factory=list)  # ExportSources printed after this one

    def image_bytes(self, asset_id: str | None) -> bytes | None:
        return self.images.get(asset_id) if asset_id else None


def resolve_map(maps, map_ref: str | int | None):
    """The map chosen by title or 1-based number; None picks the first."""
    if not maps:
        raise MapStudioError("the project has no maps")
    if map_ref is None or str(map_ref).strip() == "":
        return 1, maps[0]
    ref = str(map_ref).strip()
    for i, m in enumerate(maps, 1):
        if m.id == ref or m.title == ref:
            return i, m
    for i, m in enumerate(maps, 1):
        if m.title.casefold() == ref.casefold():
            return i, m
    if ref.isdigit() and 1 <= int(ref) <= len(maps):
        return int(ref), maps[int(ref) - 1]
    listing = "; ".join(f"{i}. {m.title}" for i, m in enumerate(maps, 1))
    raise MapStudioError(f"no map named {ref!r}; maps: {listing}")


def load_source(doc, map_ref: str | int | None = None, linked: bool = False) -> ExportSource:
    """Everything needed to print one map; with `linked`, also the maps its cards and
    stages link to (in the project's order), to print after it."""
    number, chosen = resolve_map(doc.maps(), map_ref)
    content = doc.load_map(chosen.id)
    library = {p.id: p for p in doc.personas()}
    personas = [library[pid] for pid in chosen.persona_ids if pid in library]
    project = doc.project()
    wanted = {c.image_asset_id for c in content.cards if c.image_asset_id}
    wanted |= {p.photo_asset_id for p in personas if p.photo_asset_id}
    if project.settings.brand_logo_asset_id:
        wanted.add(project.settings.brand_logo_asset_id)
    images: dict[str, bytes] = {}
    for asset_id in wanted:
        try:
            images[asset_id] = doc.asset(asset_id).data
        except MapStudioError:
            pass  # a dangling reference prints as a placeholder
    snapshots = doc.snapshots() if hasattr(doc, "snapshots") else []
    version = max(snapshots, key=lambda s: s.created).name if snapshots else ""
    from ..layout.links import link_summaries

    links = link_summaries(content, doc.load_map)
    followers = [load_source(doc, m.id) for m in doc.maps()
                 if linked and m.id in links and m.id != chosen.id]
    return ExportSource(project, content, personas, images, dict(doc.asset_sizes()), version,
                        number, len(doc.maps()), links, followers)
