"""Preflight: what would print badly, found before any ink. Shared by the CLI and the dialog.

`preflight(source, options)` lays the map out exactly as the export will and reports:
the smallest printed type size; text below a readable minimum (default 7 pt); characters
no bundled font covers, naming the card; pictures below 150 ppi at their printed size;
text whose contrast with what is behind it is under 4.5:1; cards cut by a tile edge.
Each finding names the cards it concerns, so the dialog can mark them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from ..layout import MapGeometry, Rect, TextLine
from ..layout.colours import band_tint, contrast
from ..layout.fontset import uncovered
from .legibility import ink, pill
from .options import ExportOptions
from .paging import plan_page, plan_tiles
from .source import ExportSource

MIN_TEXT_PT = 7.0
MIN_PPI = 150.0
MIN_CONTRAST = 4.5
SMALL_TEXT, UNCOVERED, LOW_PPI, CONTRAST, TILE_CUT = (
    "small-text", "uncovered", "low-ppi", "contrast", "tile-cut")


@dataclass(frozen=True)
class Finding:
    kind: str
    message: str
    card_ids: tuple[str, ...] = ()


@dataclass
class PreflightReport:
    paper: str
    scale: float
    smallest_pt: float
    min_text_pt: float
    findings: list[Finding] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[Finding]:
        return [f for f in self.findings if f.kind == kind]

    @property
    def card_ids(self) -> set[str]:
        return {cid for f in self.findings for cid in f.card_ids}

    def summary(self) -> str:
        return (f"smallest printed text {self.smallest_pt:.1f} pt on {self.paper} "
                f"(scale {self.scale:.0%}); {len(self.findings)} finding(s)")


@dataclass(frozen=True)
class _Text:
    line: TextLine
    background: str | None  # None: unknown (not judged for contrast)
    card_id: str | None
    where: str


def _texts(g: MapGeometry, names: dict[str, str]) -> Iterator[_Text]:
    """Every text the map prints, with the colour drawn behind it (as `render` draws it)."""
    from .render import BADGE_FONT, LANE_HEADER_FILL

    band = {lane_id: band_tint(h.fill) for lane_id, h in g.lanes.items()}
    for line in g.title_lines:
        yield _Text(line, "#ffffff", None, "the map title")
    for header in (*g.stages.values(), *g.phases):
        for line in header.lines:
            yield _Text(line, header.fill, None, f"header {names.get(header.id, '')!r}")
    for header in g.lanes.values():
        for line in header.lines:
            yield _Text(line, LANE_HEADER_FILL, None, f"lane {names.get(header.id, '')!r}")
    for card_id, box in g.cards.items():
        for line in box.lines:
            yield _Text(line, box.fill, card_id, f"card {names.get(card_id, '')!r}")
        for badge in box.badges:
            if badge.text and badge.kind not in ("channel", "moment", "owner"):
                on = box.fill if badge.kind == "metric" else pill(badge.colour,
                                                                  badge.text_colour)
                yield _Text(TextLine(badge.text, badge.rect.x, badge.rect.bottom, BADGE_FONT,
                                     badge.text_colour), on, card_id,
                            f"a badge of card {names.get(card_id, '')!r}")
    for tick in g.ticks:
        if tick.text is not None:
            yield _Text(tick.text, band.get(tick.lane_id), None, "an emotion-scale label")
    for bl in g.blueprint_lines:
        if bl.text is not None:
            yield _Text(bl.text, "#ffffff" if bl.pill else None, None, "a blueprint label")
    for series in g.series:
        for pt in series.points:
            if pt.label_line is not None:
                yield _Text(pt.label_line, band.get(series.lane_id), None, "an emotion label")
    for item in g.legend_items:
        yield _Text(item.text, "#ffffff", None, "the legend")
    for chip in g.persona_chips:
        yield _Text(chip.name, "#ffffff", None, "a persona name")


def _names(source: ExportSource) -> dict[str, str]:
    c = source.content
    names = {s.id: s.name for s in c.stages}
    names.update({lane.id: lane.title for lane in c.lanes})
    names.update({card.id: card.title or card.body[:30] for card in c.cards})
    return names


def preflight(source: ExportSource, options: ExportOptions,
              min_text_pt: float = MIN_TEXT_PT) -> PreflightReport:
    from .autopaper import resolve_paper
    from .pdf import labels_for, layout_for

    options.validate()
    geometry, _ = layout_for(source, labels_for(options, source))
    options = resolve_paper(geometry, options, min_text_pt)
    if options.tile:  # the poster the sheets are cut from, as write_pdf plans it
        plan = plan_page(geometry.width, geometry.height,
                         replace(options, bleed_mm=0.0, crop_marks=False), with_marks=False)
    else:
        plan = plan_page(geometry.width, geometry.height, options)
    names = _names(source)
    texts = list(_texts(geometry, names))
    sizes = [t.line.font.size * plan.scale for t in texts if t.line.text.strip()]
    report = PreflightReport(plan.paper or options.paper, plan.scale,
                             min(sizes, default=0.0), min_text_pt)
    _small_text(report, texts, plan.scale, min_text_pt)
    _uncovered(report, source, names)
    _images(report, geometry, source, plan.scale, names)
    _contrast(report, texts)
    if options.tile and options.format == "pdf":
        _tile_cuts(report, geometry, plan, options, names)
    return report


def _small_text(report, texts: list[_Text], scale: float, minimum: float) -> None:
    small = [t for t in texts if t.line.text.strip() and t.line.font.size * scale < minimum]
    if small:
        cards = tuple(dict.fromkeys(t.card_id for t in small if t.card_id))
        report.findings.append(Finding(SMALL_TEXT, (
            f"{len(small)} of {len(texts)} text lines print below {minimum:g} pt "
            f"(smallest {report.smallest_pt:.1f} pt on {report.paper}); choose a larger "
            "paper, --paper auto or poster tiling"), cards))


def _uncovered(report, source: ExportSource, names: dict[str, str]) -> None:
    c = source.content
    fields = [(card.id, f"card {names[card.id]!r}", f"{card.title}\n{card.body}")
              for card in c.cards]
    fields += [(None, f"stage {s.name!r}", s.name) for s in c.stages]
    fields += [(None, f"lane {lane.title!r}", lane.title) for lane in c.lanes]
    fields += [(None, "the map title", c.map.title)]
    fields += [(None, f"persona {p.name!r}", p.name) for p in source.personas]
    for card_id, where, text in fields:
        missing = uncovered(text)
        if missing:
            chars = ", ".join(f"U+{ord(ch):04X} {ch!r}" for ch in missing)
            report.findings.append(Finding(
                UNCOVERED, f"{where}: no bundled font has {chars}; it prints as a box",
                (card_id,) if card_id else ()))


def _images(report, g: MapGeometry, source: ExportSource, scale: float,
            names: dict[str, str]) -> None:
    placed: list[tuple[str | None, str, Rect, str]] = [
        (cid, box.image_asset_id, box.image_rect, f"card {names.get(cid)!r}")
        for cid, box in g.cards.items() if box.image_rect and box.image_asset_id]
    placed += [(None, chip.photo_asset_id, chip.photo_rect, f"photo of {chip.name.text!r}")
               for chip in g.persona_chips if chip.photo_asset_id and chip.photo_rect]
    for card_id, asset_id, rect, where in placed:
        size = source.image_sizes.get(asset_id)
        if not size or rect.w <= 0 or rect.h <= 0:
            continue
        ppi = min(size[0] / (rect.w * scale / 72.0), size[1] / (rect.h * scale / 72.0))
        if ppi < MIN_PPI:
            report.findings.append(Finding(LOW_PPI, (
                f"{where}: picture prints at {ppi:.0f} ppi (below {MIN_PPI:.0f}); use a "
                "larger image or a smaller paper"), (card_id,) if card_id else ()))


def printed_colour(t: _Text) -> str:
    """The colour the text really prints in (`render` applies `legibility.ink`)."""
    return ink(t.line.colour, t.background) if t.background is not None else t.line.colour


def _contrast(report, texts: list[_Text]) -> None:
    pairs: dict[tuple[str, str], list[_Text]] = {}
    for t in texts:
        if t.background is not None and t.line.text.strip():
            colour = printed_colour(t)
            if contrast(colour, t.background) < MIN_CONTRAST:
                pairs.setdefault((colour, t.background), []).append(t)
    for (fg, bg), found in pairs.items():
        cards = tuple(dict.fromkeys(t.card_id for t in found if t.card_id))
        report.findings.append(Finding(CONTRAST, (
            f"text {fg} on {bg} has contrast {contrast(fg, bg):.1f}:1 (below "
            f"{MIN_CONTRAST}:1) in {len(found)} place(s), e.g. {found[0].where}"), cards))


def _tile_cuts(report, g: MapGeometry, plan, options: ExportOptions,
               names: dict[str, str]) -> None:
    tiles = plan_tiles(plan.width, plan.height, options)
    if len(tiles.tiles) < 2:
        return
    s, ox, oy = plan.scale, plan.map_rect.x, plan.map_rect.y
    cut = []
    for card_id, box in g.cards.items():
        r = box.rect
        x0, y0, x1, y1 = ox + r.x * s, oy + r.y * s, ox + r.right * s, oy + r.bottom * s
        whole = any(t.region.x <= x0 and x1 <= t.region.right and t.region.y <= y0
                    and y1 <= t.region.bottom for t in tiles.tiles)
        if not whole:
            cut.append(card_id)
    if cut:
        sample = ", ".join(repr(names.get(cid, "")) for cid in cut[:3])
        report.findings.append(Finding(TILE_CUT, (
            f"{len(cut)} card(s) are cut by a tile edge, e.g. {sample}; a larger overlap "
            "or another sheet size keeps them whole"), tuple(cut)))
