"""Snapshots: named versions of a project kept inside it ("living document" history).

A snapshot is the canonical JSON of the project (without its own snapshots, so history
does not nest) compressed with zlib. Restoring parses it through the same validated JSON
import as a file, so an old or damaged snapshot is reported, never half-applied.
`diff_projects` summarises what changed between two versions for "compare".
"""

from __future__ import annotations

import zlib
from dataclasses import fields, replace

from ..model import MapContent, ProjectData, Snapshot, now_iso
from .errors import InterchangeError
from .inflating import inflate
from .json_format import canonical_json, parse_json, project_from_dict, project_to_dict


def make_snapshot(data: ProjectData, name: str, note: str = "") -> Snapshot:
    """A snapshot of `data` as it is now (its existing snapshots are left out)."""
    text = canonical_json(project_to_dict(data, snapshots=False))
    return Snapshot(name=name, note=note, created=now_iso(),
                    data=zlib.compress(text.encode("utf-8"), 9))


def snapshot_to_project(snapshot: Snapshot) -> ProjectData:
    """The project stored in a snapshot (validated like an imported file)."""
    label = f"snapshot {snapshot.name!r}"
    try:
        text = inflate(snapshot.data, label).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InterchangeError(f"{label}: damaged data (not UTF-8)") from exc
    try:
        return replace(project_from_dict(parse_json(text)), snapshots=[])
    except InterchangeError as exc:
        raise InterchangeError(f"{label}: {exc}") from exc


# ---- compare ----------------------------------------------------------------------------

def _changed_fields(old, new, ignore: tuple[str, ...] = ()) -> list[str]:
    return [f.name for f in fields(old)
            if f.name not in ignore and getattr(old, f.name) != getattr(new, f.name)]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _label(obj) -> str:
    text = getattr(obj, "title", None) or getattr(obj, "name", None) or ""
    text = " ".join(str(text).split())
    return repr(text[:40] + "…" if len(text) > 40 else text)


def _diff_items(kind: str, old: list, new: list, ignore: tuple[str, ...] = ()):
    """(headline counts, detail lines) for one kind of object matched by id."""
    before, after = {x.id: x for x in old}, {x.id: x for x in new}
    added = [x for x in new if x.id not in before]
    removed = [x for x in old if x.id not in after]
    changed = [(before[x.id], x) for x in new
               if x.id in before and _changed_fields(before[x.id], x, ignore)]
    counts = []
    if added:
        counts.append(f"+{_plural(len(added), kind)}")
    if removed:
        counts.append(f"-{_plural(len(removed), kind)}")
    if changed:
        counts.append(f"{_plural(len(changed), kind)} changed")
    details = [f"  + {kind} {_label(x)}" for x in added]
    details += [f"  - {kind} {_label(x)}" for x in removed]
    details += [f"  ~ {kind} {_label(b)}: {', '.join(_changed_fields(a, b, ignore))}"
                for a, b in changed]
    return counts, details


def _diff_map(old: MapContent, new: MapContent) -> list[str]:
    counts, details = [], []
    changed_map = _changed_fields(old.map, new.map, ("position",))
    if changed_map:
        details.append(f"  ~ map: {', '.join(changed_map)}")
    for kind, a, b in (("stage", old.stages, new.stages), ("lane", old.lanes, new.lanes),
                       ("card", old.cards, new.cards),
                       ("emotion point", old.emotion_points, new.emotion_points)):
        c, d = _diff_items(kind, a, b, ("map_id",))
        counts += c
        details += d
    if not (counts or details):
        return []
    headline = f"Map {_label(new.map)}: " + (", ".join(counts) if counts else "details changed")
    return [headline, *details]


def diff_projects(a: ProjectData, b: ProjectData) -> list[str]:
    """A short human summary of what changed from `a` to `b`; [] when they are the same.

    One headline per changed map ("Map 'Mortgage': +2 cards, 1 stage changed") followed by
    indented detail lines ("  + card 'Call the bank'", "  ~ card 'Forms': severity").
    """
    lines: list[str] = []
    changed_project = _changed_fields(a.project, b.project, ("modified",))
    if changed_project:
        lines.append(f"Project: {', '.join(changed_project)} changed")
    counts, details = _diff_items("persona", a.personas, b.personas)
    if counts:
        lines += ["Personas: " + ", ".join(counts), *details]
    old_maps = {m.map.id: m for m in a.maps}
    new_ids = {m.map.id for m in b.maps}
    for m in b.maps:
        if m.map.id not in old_maps:
            lines.append(f"Map {_label(m.map)}: added ({_plural(len(m.cards), 'card')})")
        else:
            lines += _diff_map(old_maps[m.map.id], m)
    lines += [f"Map {_label(m.map)}: removed" for m in a.maps if m.map.id not in new_ids]
    if [m.map.id for m in a.maps if m.map.id in new_ids] != [
            m.map.id for m in b.maps if m.map.id in old_maps]:
        lines.append("Maps reordered")
    counts, details = _diff_items("image", a.assets, b.assets)
    if counts:
        lines.append("Images: " + ", ".join(counts))
    return lines
