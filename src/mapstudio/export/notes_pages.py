"""The review-notes appendix of a printed map (only with `--notes`): every thread listed
by what it is pinned to, replies indented, resolved notes in grey, on as many pages as it
takes. Laid out once into lines (`notes_pages`), then drawn (`draw_notes_page`)."""

from __future__ import annotations

from ..layout import FontSpec, TextLine, wrap_text
from ..layout.labels import ENGLISH, Labels
from ..model import MapContent, NoteTarget, ReviewNote
from ..model.living import threads
from .paging import PagePlan
from .persona_pages import persona_area

INK, MUTED, RESOLVED = "#0f172a", "#475569", "#94a3b8"


def _target_name(content: MapContent, note: ReviewNote, t: Labels) -> str:
    if note.target_kind == NoteTarget.STAGE:
        stage = next((s for s in content.stages if s.id == note.target_id), None)
        return t("notes.stage", stage.name if stage else "?")
    card = next((c for c in content.cards if c.id == note.target_id), None)
    return t("notes.card", (card.title or card.body[:40]) if card else "?")


def _entry(note: ReviewNote, t: Labels) -> tuple[str, str]:
    """The byline ("ana · 2025-03-02 · resolved") and the text of one note."""
    parts = [note.author or "—", note.created[:10]]
    if note.resolved:
        parts.append(t("notes.resolved"))
    return " · ".join(p for p in parts if p), note.text


def notes_pages(content: MapContent, plan: PagePlan, measure,
                labels: Labels = ENGLISH) -> list[list[TextLine]]:
    """The appendix as pages of positioned lines (no page when the map has no notes)."""
    if not content.notes:
        return []
    area, f = persona_area(plan)  # the same page area and type as a persona sheet
    head, target, byline, body = (FontSpec(True, 14 * f), FontSpec(True, 9.5 * f),
                                  FontSpec(False, 7.5 * f), FontSpec(False, 9 * f))
    pages: list[list[TextLine]] = [[]]
    y = area.y

    def put(text: str, font: FontSpec, x: float, colour: str, gap: float = 0.0) -> None:
        nonlocal y
        width = area.right - x
        for line in wrap_text(text, font, width, measure) or [""]:
            if y + gap + font.line_height > area.bottom and pages[-1]:
                pages.append([])
                y = area.y
                gap = 0.0
            y += gap
            gap = 0.0
            pages[-1].append(TextLine(line, x, y + font.ascent, font, colour))
            y += font.line_height

    put(labels("notes.title", content.map.title), head, area.x, INK)
    y += 6 * f
    by_target: dict[str, list] = {}
    for thread in threads(content.notes):
        by_target.setdefault(thread[0].target_id, []).append(thread)
    for group in by_target.values():
        put(_target_name(content, group[0][0], labels), target, area.x, INK, 8 * f)
        for note, replies in group:
            for depth, item in [(0, note), *((1, r) for r in replies)]:
                x = area.x + (10 + 16 * depth) * f
                who, text = _entry(item, labels)
                colour = RESOLVED if note.resolved else MUTED
                put(who, byline, x, colour, 3 * f)
                put(text, body, x, RESOLVED if note.resolved else INK)
    return pages
