"""Vector PDF: one page (paper or fit), or a poster tiled onto sheets, plus persona pages.

The map is laid out with ReportLab's own metrics of the bundled fonts, which equal Qt's,
so the printed map is the canvas map. Tiles show one poster drawn once as a form
XObject, clipped and shifted per sheet, so neighbouring sheets line up to the point.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from .. import APP_NAME, __version__
from ..layout import FontSpec, Labels, MapGeometry, Rect, TextLine, layout_map, wrap_text
from ..layout.labels import ENGLISH
from .autopaper import resolve_paper
from .colours import print_profile
from .options import MM, ExportOptions
from .paging import SLUG_MM, PagePlan, TilePlan, plan_page, plan_tiles
from .pdf_painter import PdfPainter
from .pdfx import INTENT_PDF_VERSION, PDF_VERSION, add_output_intent, make_pdfx
from .render import draw_map
from .report import TitleBlock, crop_marks, draw_footer, registration_mark, title_block_for
from .source import ExportSource

POSTER_FORM = "mapstudio-poster"
Tick = Callable[[], None]


def layout_for(source: ExportSource, labels: Labels = ENGLISH):
    from .fonts import shared_measure

    measure = shared_measure()
    geometry = layout_map(source.content, measure, source.personas,
                          image_sizes=source.image_sizes, labels=labels, links=source.links)
    return geometry, measure


def labels_for(options: ExportOptions, source: ExportSource | None = None) -> Labels:
    """The print language's words: the option, else the project's language, else the
    interface's."""
    from .language import print_labels, print_language

    project = source.project.settings.language if source is not None else ""
    return print_labels(print_language(options.language, project))


def write_pdf(source: ExportSource, target: Path, options: ExportOptions,
              step: Callable[[int, int], None]) -> int:
    """Write the PDF to `target`; returns the page count. `step(done, total)` may raise.

    The maps `source.linked` holds (the journeys its cards and stages drill into) follow
    the map, each on its own pages laid out as if printed alone."""
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    from .fonts import REGULAR, register_fonts

    rl_config.useA85 = 0  # binary Flate streams: a quarter smaller, no ASCII85 pass
    register_fonts()
    c = Canvas(str(target), initialFontName=REGULAR, initialFontSize=10, pageCompression=1,
               pdfVersion=PDF_VERSION if options.pdfx
               else INTENT_PDF_VERSION if options.cmyk else None)
    _describe(c, source, options)
    pages = 0
    for part in (source, *source.linked):
        pages += _write_map(c, part, options, step)
    c.save()
    return pages


def _describe(c, source: ExportSource, options: ExportOptions) -> None:
    """The document's metadata (and PDF/X identification, or a CMYK file's output
    intent) from its first map."""
    project = source.project
    c.setTitle(f"{source.content.map.title} — {project.title}")
    if options.pdfx:
        make_pdfx(c, f"{source.content.map.title} — {project.title}",
                  f"{APP_NAME} {__version__}", print_profile() if options.cmyk else None)
    elif options.cmyk:
        add_output_intent(c, print_profile())
    c.setAuthor(project.settings.brand_name or project.title)
    c.setCreator(f"{APP_NAME} {__version__}")
    c.setProducer(f"{APP_NAME} {__version__} (ReportLab)")
    c.setSubject(project.description or source.content.map.goal or "Customer journey map")
    c.setKeywords(["journey map", str(source.content.map.map_type)])


def _write_map(c, source: ExportSource, options: ExportOptions,
               step: Callable[[int, int], None]) -> int:
    """One map's pages (the map or its tiles, persona sheets, the review notes when the
    map carries them); the page count."""
    from .notes_pages import notes_pages
    from .persona_pages import draw_persona_sheet, persona_sheets

    labels = labels_for(options, source)
    geometry, measure = layout_for(source, labels)
    options = resolve_paper(geometry, options)
    block = title_block_for(source, options.title_block, labels=labels)
    personas = source.personas if options.personas else []
    painter = PdfPainter(c, 0.0, options.cmyk, source.image_bytes)
    tick: Tick = lambda: step(-1, -1)  # noqa: E731 - cancel point inside long pages
    if options.tile:
        poster = plan_page(geometry.width, geometry.height,
                           replace(options, bleed_mm=0.0, crop_marks=False), with_marks=False)
        tiles = plan_tiles(poster.width, poster.height, options)
        printed = printed_tiles(tiles, poster)
        sheet = Rect(0, 0, tiles.sheet_w, tiles.sheet_h)
        page_plan = _sheet_plan(sheet, tiles.margin)
        sheets = persona_sheets(personas, page_plan, source, measure, block.labels)
        appendix = notes_pages(source.content, page_plan, measure, block.labels)
        total = 1 + len(printed) + len(sheets) + len(appendix)
        step(0, total)
        form = f"{POSTER_FORM}-{source.content.map.id}"  # one per map of the document
        _poster_form(c, painter, poster, geometry, measure, block, total, tick, form)
        _overview_page(c, painter, poster, tiles, block, measure, source, total, printed,
                       form)
        step(1, total)
        for n, tile in enumerate(printed, 2):
            _tile_page(c, painter, poster, tiles, tile, n, total, block, measure,
                       options.bleed_mm * MM, form)
            step(n, total)
    else:
        plan = page_plan = plan_page(geometry.width, geometry.height, options)
        sheets = persona_sheets(personas, page_plan, source, measure, block.labels)
        appendix = notes_pages(source.content, page_plan, measure, block.labels)
        total = 1 + len(sheets) + len(appendix)
        step(0, total)
        _begin_page(c, painter, plan)
        painter.place(plan.map_rect.x, plan.map_rect.y, plan.scale)
        draw_map(painter, geometry, measure, tick)
        painter.place(0, 0, 1)
        draw_footer(painter, plan.footer, plan.footer_factor, block, measure, 1, total)
        _marks(painter, plan, options)
        c.showPage()
        step(1, total)
    first = total - len(sheets) - len(appendix) + 1
    for n, pair in enumerate(sheets, first):  # two a sheet when they fit
        _begin_page(c, painter, page_plan)
        draw_persona_sheet(painter, page_plan, pair, source, measure, block.labels)
        draw_footer(painter, page_plan.footer, page_plan.footer_factor, block, measure, n,
                    total, legend=False)
        _marks(painter, page_plan, options)
        c.showPage()
        step(n, total)
    for n, lines in enumerate(appendix, first + len(sheets)):
        _begin_page(c, painter, page_plan)
        painter.text_lines(lines)
        draw_footer(painter, page_plan.footer, page_plan.footer_factor, block, measure, n,
                    total, legend=False)
        _marks(painter, page_plan, options)
        c.showPage()
        step(n, total)
    return total


def _begin_page(c, painter: PdfPainter, plan: PagePlan) -> None:
    c.setPageSize((plan.width, plan.height))
    h = plan.height

    def box(r: Rect) -> tuple[float, float, float, float]:
        return r.x, h - r.bottom, r.right, h - r.y

    c.setTrimBox(box(plan.trim))
    c.setBleedBox(box(plan.bleed))
    painter.page_h = h
    painter.place(0, 0, 1)
    painter._reset_state()


def _plain_page(c, w: float, h: float) -> None:
    c.setPageSize((w, h))
    c.setTrimBox((0, 0, w, h))
    c.setBleedBox((0, 0, w, h))


def _marks(painter: PdfPainter, plan: PagePlan, options: ExportOptions) -> None:
    if plan.crop_marks:
        offset = options.bleed_mm * MM + 1 * MM
        crop_marks(painter, plan.trim, offset, SLUG_MM * MM - 1.5 * MM)


def _sheet_plan(sheet: Rect, margin: float) -> PagePlan:
    footer_h = 44.0
    return PagePlan(sheet.w, sheet.h, sheet, sheet, Rect(0, 0, 0, 0), 1.0,
                    Rect(margin, sheet.h - margin - footer_h, sheet.w - 2 * margin, footer_h),
                    1.0, "", "", False)


def _poster_form(c, painter: PdfPainter, poster: PagePlan, geometry: MapGeometry, measure,
                 block: TitleBlock, total: int, tick: Tick, form: str = POSTER_FORM) -> None:
    """The whole poster once, as a form XObject reused by the overview and every tile."""
    c.beginForm(form, 0, 0, poster.width, poster.height)
    painter.page_h = poster.height
    painter._reset_state()
    painter.place(poster.map_rect.x, poster.map_rect.y, poster.scale)
    draw_map(painter, geometry, measure, tick)
    painter.place(0, 0, 1)
    draw_footer(painter, poster.footer, poster.footer_factor, block, measure, 0, 0)
    c.endForm()


def _show_poster(c, x: float, y_top: float, scale: float, poster: PagePlan,
                 page_h: float, form: str = POSTER_FORM) -> None:
    """Place the poster form with its top-left corner at page point (x, y_top), y down."""
    c.saveState()
    c.translate(x, page_h - y_top - poster.height * scale)
    c.scale(scale, scale)
    c.doForm(form)
    c.restoreState()


def printed_tiles(tiles: TilePlan, poster: PagePlan) -> list:
    """The sheets that carry part of the map; a sheet with only margin or footer on it is
    not printed (the overview page holds the title block)."""
    m = poster.map_rect
    out = []
    for t in tiles.tiles:
        # the strip a sheet shares with its right or lower neighbour prints there too
        right = t.region.right - (tiles.overlap if t.col < tiles.cols - 1 else 0.0)
        bottom = t.region.bottom - (tiles.overlap if t.row < tiles.rows - 1 else 0.0)
        if t.region.x < m.right and m.x < right and t.region.y < m.bottom and m.y < bottom:
            out.append(t)
    return out


def _overview_page(c, painter: PdfPainter, poster: PagePlan, tiles: TilePlan,
                   block: TitleBlock, measure, source: ExportSource, total: int,
                   printed: list, form: str = POSTER_FORM) -> None:
    w, h = (max(tiles.sheet_w, tiles.sheet_h), min(tiles.sheet_w, tiles.sheet_h)) \
        if poster.width >= poster.height else (tiles.sheet_w, tiles.sheet_h)
    _plain_page(c, w, h)
    painter.page_h = h
    painter.place(0, 0, 1)
    painter._reset_state()
    m = 15 * MM
    t = block.labels
    head, small = FontSpec(True, 14), FontSpec(False, 8.5)
    sheets = len(printed)
    summary = t("tiles.summary", source.content.map.title, sheets, tiles.paper,
                t(f"orientation.{tiles.orientation}"), tiles.rows, tiles.cols,
                f"{poster.width / MM:.0f}", f"{poster.height / MM:.0f}",
                f"{tiles.overlap / MM:g}")
    lines = [TextLine(t("tiles.title"), m, m + head.ascent, head, "#1f2937")]
    y = m + 24
    for text in (*wrap_text(summary, small, w - 2 * m, measure),
                 *wrap_text(t("tiles.howto"), small, w - 2 * m, measure)):
        lines.append(TextLine(text, m, y + small.ascent, small, "#334155"))
        y += small.line_height + 1.5
    painter.text_lines(lines)
    area = Rect(m, y + 8, w - 2 * m, h - m - 20 - (y + 8))
    scale = min(area.w / poster.width, area.h / poster.height)
    ox = area.x + (area.w - poster.width * scale) / 2
    oy = area.y
    _show_poster(c, ox, oy, scale, poster, h, form)
    painter.rect(Rect(ox, oy, poster.width * scale, poster.height * scale), None, "#94a3b8",
                 0.5)
    label_font = FontSpec(True, max(6.0, min(14.0, tiles.region_w * scale / 6)))
    page_font = FontSpec(False, label_font.size * 0.6)
    for number, tile in enumerate(printed, 2):
        r = tile.region
        cell = Rect(ox + r.x * scale, oy + r.y * scale, r.w * scale, r.h * scale)
        clipped = Rect(cell.x, cell.y, min(cell.w, ox + poster.width * scale - cell.x),
                       min(cell.h, oy + poster.height * scale - cell.y))
        painter.rect(clipped, None, "#dc2626", 0.8)
        label = sheet_code(tile)
        page = t("tiles.page", number)
        lw = measure.width(label, label_font)
        pw = measure.width(page, page_font)
        unique_w = min(tiles.region_w - tiles.overlap, poster.width - r.x) * scale
        unique_h = min(tiles.region_h - tiles.overlap, poster.height - r.y) * scale
        cx = cell.x + unique_w / 2
        cy = cell.y + unique_h / 2
        pad = 2
        box_w = max(lw, pw) + 2 * pad
        box_h = label_font.size + page_font.line_height + 2 * pad
        painter.rect(Rect(cx - box_w / 2, cy - box_h / 2, box_w, box_h), "#ffffff", "#dc2626",
                     0.5, radius=2)
        top = cy - box_h / 2 + pad
        painter.text_lines((
            TextLine(label, cx - lw / 2, top + label_font.size * 0.86, label_font, "#dc2626"),
            TextLine(page, cx - pw / 2, top + label_font.size + page_font.ascent, page_font,
                     "#dc2626")))
    footer = Rect(m, h - m - 14, w - 2 * m, 14)
    note = FontSpec(False, 7)
    painter.text_lines((TextLine(f"{block.headline}  ·  {t('page', 1, total)}",
                                 footer.x, footer.bottom, note, "#64748b"),))
    c.showPage()


def sheet_code(tile) -> str:
    """The short name of a sheet, printed on it and on the overview: "row·column"."""
    return f"{tile.row + 1}·{tile.col + 1}"


def _tile_page(c, painter: PdfPainter, poster: PagePlan, tiles: TilePlan, tile, number: int,
               total: int, block: TitleBlock, measure, bleed: float = 0.0,
               form: str = POSTER_FORM) -> None:
    """One sheet: its region of the poster, and with `bleed` the poster runs on past the
    cut on every side (TrimBox = the region, BleedBox = the region and its bleed)."""
    sw, sh, m = tiles.sheet_w, tiles.sheet_h, tiles.margin
    bleed = max(0.0, min(bleed, m - 3 * MM))  # the marks keep their room in the margin
    _plain_page(c, sw, sh)
    c.setTrimBox((m, sh - m - tile.region.h, m + tile.region.w, sh - m))
    c.setBleedBox((m - bleed, sh - m - tile.region.h - bleed, m + tile.region.w + bleed,
                   sh - m + bleed))
    painter.page_h = sh
    painter.place(0, 0, 1)
    painter._reset_state()
    r = tile.region
    region = Rect(m, m, r.w, r.h)
    c.saveState()
    path = c.beginPath()
    path.rect(m - bleed, sh - m - r.h - bleed, r.w + 2 * bleed, r.h + 2 * bleed)
    c.clipPath(path, stroke=0, fill=0)
    _show_poster(c, m - r.x, m - r.y, 1.0, poster, sh, form)
    c.restoreState()
    painter._reset_state()
    crop_marks(painter, region, bleed + 1.5 * MM, max(1 * MM, min(5 * MM, m - bleed - 2.5 * MM)))
    for cx, cy in ((sw / 2, m / 2), (sw / 2, sh - m / 2), (m / 2, sh / 2), (sw - m / 2, sh / 2)):
        registration_mark(painter, cx, cy, min(2.2 * MM, m / 4))
    guide = "#dc2626"
    if tile.col > 0:  # glue strip shared with the sheet on the left
        x = m + tiles.overlap
        painter.line(x, m - 4 * MM, x, m - 1 * MM, guide, 0.4, (2, 1.5))
        painter.line(x, sh - m + 1 * MM, x, sh - m + 4 * MM, guide, 0.4, (2, 1.5))
    if tile.row > 0:
        y = m + tiles.overlap
        painter.line(m - 4 * MM, y, m - 1 * MM, y, guide, 0.4, (2, 1.5))
        painter.line(sw - m + 1 * MM, y, sw - m + 4 * MM, y, guide, 0.4, (2, 1.5))
    t = block.labels
    label_font, small = FontSpec(True, 8), FontSpec(False, 6.5)
    label = f"{sheet_code(tile)}  {t('tiles.sheet', tile.row + 1, tile.col + 1)}"
    top = m - 2.5 * MM
    label_x = m + max(7 * MM, tiles.overlap + 2 * MM)  # right of the glue guide
    detail_x = label_x + measure.width(label, label_font) + 8
    detail = wrap_text(f"{t('tiles.overlap', f'{tiles.overlap / MM:g}')} · {block.headline}",
                       small, sw / 2 - 4 * MM - detail_x, measure, max_lines=1)[0]
    painter.text_lines((
        TextLine(label, label_x, top, label_font, "#1f2937"),
        TextLine(detail, detail_x, top, small, "#64748b"),
    ))  # kept left of the top registration mark
    page_text = t("page", number, total)
    painter.text_lines((TextLine(page_text, sw - m - 7 * MM - measure.width(page_text, small),
                                 sh - m + 2.5 * MM + small.ascent, small, "#64748b"),))
    c.showPage()
