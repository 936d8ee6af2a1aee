"""One drawing: the canvas and the PNG export paint cards with the same code.

The demo map is drawn twice at twice its size: once from the editor's scene (what the
user sees), once by `mapstudio export --format png` at 144 dpi. Inside every card, away
from the words (text is rasterised by two different routes), the two pictures must be the
same pixels: outlines, rounded corners, accent strips, icons, badges and bars.
"""

from __future__ import annotations

import pytest
from PIL import Image, ImageChops
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from mapstudio.export import ExportOptions, export_map, load_source
from mapstudio.export.raster import page_for
from mapstudio.layout import Rect

from .conftest import settle

SCALE = 2.0  # 144 dpi: one point is two pixels on both sides
FAR = 48  # a grey-level difference no anti-aliasing of the same edge produces
ICON_KINDS = ("channel", "moment", "owner")


@pytest.fixture
def demo(app, qtbot, tmp_path):
    from mapstudio.demo import make_demo_copy
    from mapstudio.ui.window.main_window import MainWindow

    path = make_demo_copy(tmp_path)
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1600, 1000)
    win.show()
    assert win.open_path(path)
    settle()
    yield win, path
    win.close_document()


def _canvas_grab(scene, page: Image.Image, origin: tuple[float, float], width: float,
                 height: float) -> Image.Image:
    """The scene rendered with the view's own hints onto a sheet like the PNG's, the map
    at the same (fractional) pixel origin, one point = SCALE pixels."""
    scene.clearSelection()
    settle()
    image = QImage(page.width, page.height, QImage.Format.Format_RGB888)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHints(scene.views()[0].renderHints())
    scene.render(painter, QRectF(origin[0], origin[1], width * SCALE, height * SCALE),
                 QRectF(0, 0, width, height))
    painter.end()
    return Image.frombuffer("RGB", (image.width(), image.height()), bytes(image.constBits()),
                            "raw", "RGB", image.bytesPerLine(), 1).convert("L")


def _exported(path, tmp_path):
    from mapstudio.store import Document

    options = ExportOptions("png", paper="fit", dpi=round(72 * SCALE))
    doc = Document.open(path, read_only=True)
    try:
        out = export_map(doc, tmp_path / "map.png", options)
        geometry, measure, plan, _ = page_for(load_source(doc, None), options)
    finally:
        doc.close()
    assert plan.scale == 1.0
    with Image.open(out) as png:
        page = png.convert("L")
    return page, (plan.map_rect.x * SCALE, plan.map_rect.y * SCALE), geometry, measure


def _px(r: Rect, origin, grow: float = 0.0) -> tuple[int, int, int, int]:
    """A layout rect in the page's pixels."""
    ox, oy = origin
    return (round(ox + (r.x - grow) * SCALE), round(oy + (r.y - grow) * SCALE),
            round(ox + (r.x + r.w + grow) * SCALE), round(oy + (r.y + r.h + grow) * SCALE))


def _text_boxes(box, measure) -> list[Rect]:
    """Where words are drawn on a card (each line's ink box, a point to spare)."""
    out = [Rect(line.x - 1, line.baseline - line.font.size - 1,
                measure.width(line.text, line.font) + 2, line.font.size * 1.35 + 2)
           for line in box.lines]
    for badge in box.badges:
        if badge.kind not in ICON_KINDS:  # pills and the metric's label
            b = badge.rect
            out.append(Rect(b.x, b.y - 9 if badge.kind == "metric" else b.y, b.w,
                            b.h + (5 if badge.kind == "metric" else 0)))
    return out


def _compared(geometry, measure, size, origin) -> Image.Image:
    """A mask: white inside the cards (their outline included), black on their words and
    pictures (photos are scaled by each side's own image code, not drawn by ours)."""
    mask = Image.new("L", size, 0)
    for box in geometry.cards.values():
        mask.paste(255, _px(box.rect, origin, 1.5))
        for r in _text_boxes(box, measure):
            mask.paste(0, _px(r, origin))
        if box.image_rect is not None:
            mask.paste(0, _px(box.image_rect, origin, 1))
    return mask


def _far_share(a: Image.Image, b: Image.Image, mask: Image.Image) -> float:
    diff = ImageChops.difference(a, b).point(lambda v: 255 if v >= FAR else 0)
    far = ImageChops.darker(diff, mask)
    return far.histogram()[-1] / max(1, mask.histogram()[-1])


def test_canvas_and_png_draw_the_same_cards(demo, tmp_path) -> None:
    win, path = demo
    scene = win.view.scene()
    paper, origin, geometry, measure = _exported(path, tmp_path)
    shown = scene.geometry
    assert set(shown.cards) == set(geometry.cards)
    assert all(shown.cards[i].rect == box.rect for i, box in geometry.cards.items())
    screen = _canvas_grab(scene, paper, origin, geometry.width, geometry.height)
    mask = _compared(geometry, measure, paper.size, origin)
    assert mask.histogram()[-1] > 100_000  # most of the map is compared

    share = _far_share(screen, paper, mask)
    assert share < 0.001, f"{share:.3%} of card pixels differ"

    # the comparison can fail: the same pictures two pixels apart are far apart
    shifted = ImageChops.offset(paper, 2, 0)
    assert _far_share(screen, shifted, mask) > 0.005


def test_canvas_and_png_draw_the_same_icons_and_bars(demo, tmp_path) -> None:
    """Every channel, moment and owner pictogram and every metric bar, one by one."""
    win, path = demo
    paper, origin, geometry, measure = _exported(path, tmp_path)
    screen = _canvas_grab(win.view.scene(), paper, origin, geometry.width, geometry.height)
    marks = [(box, badge) for box in geometry.cards.values() for badge in box.badges
             if badge.kind in (*ICON_KINDS, "metric")]
    kinds = {badge.kind for _, badge in marks}
    assert {"channel", "owner", "metric"} <= kinds, kinds
    for box, badge in marks:
        r = badge.rect if badge.kind != "metric" else Rect(badge.rect.x, badge.rect.bottom - 4,
                                                            badge.rect.w, 4)
        area = _px(r, origin, 1)
        a, b = screen.crop(area), paper.crop(area)
        assert a.getextrema()[0] < 200, (badge.kind, badge.text)  # something is drawn
        diff = ImageChops.difference(a, b)
        mean = sum(i * n for i, n in enumerate(diff.histogram())) / (a.width * a.height)
        assert mean < 2, (box.card_id, badge.kind, badge.text, mean)


OTHER_SCRIPTS = ["注文を確認する", "고객이 제안을 확인", "العميل يتحقق من العرض", "שלום עולם",
                 "ग्राहक प्रस्ताव", "ลูกค้าตรวจสอบข้อเสนอ", "Family 👨\u200d👩\u200d👧 🇵🇱 👍🏽"]


@pytest.fixture
def scripts(app, qtbot, tmp_path):
    from mapstudio.model import Card, JourneyMap, Lane, LaneKind, MapContent, Project, ProjectData
    from mapstudio.model import Stage as StageRow
    from mapstudio.store import Document
    from mapstudio.ui.window.main_window import MainWindow

    jm = JourneyMap(id="scripts", title="Scripts")
    stages = [StageRow(map_id=jm.id, position=i, name=f"Stage {i + 1}") for i in range(2)]
    lane = Lane(map_id=jm.id, position=0, kind=LaneKind.ACTIONS, title="Cards")
    cards = [Card(lane_id=lane.id, stage_id=stages[i % 2].id, position=i // 2, title=text,
                  body=text) for i, text in enumerate(OTHER_SCRIPTS)]
    path = tmp_path / "scripts.mapstudio"
    data = ProjectData(project=Project(title="Scripts"), personas=[],
                       maps=[MapContent(jm, stages, [lane], cards, [])])
    Document.create(path, "Scripts", data=data).close()
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1600, 1000)
    win.show()
    assert win.open_path(path)
    settle()
    yield win, path
    win.close_document()


def test_canvas_and_png_draw_the_same_glyphs_in_every_script(scripts, tmp_path) -> None:
    """Lines in other scripts (and bold ones emboldened) are drawn on the canvas by the
    PNG's own glyph runs: the words themselves match, not only the card outlines."""
    win, path = scripts
    paper, origin, geometry, _ = _exported(path, tmp_path)
    screen = _canvas_grab(win.view.scene(), paper, origin, geometry.width, geometry.height)
    mask = Image.new("L", paper.size, 0)
    words = 0
    for box in geometry.cards.values():
        for line in box.lines:
            r = Rect(box.rect.x + 3, line.baseline - line.font.size * 1.1, box.rect.w - 6,
                     line.font.size * 1.5)
            mask.paste(255, _px(r, origin))
            words += 1
    assert words >= 2 * len(OTHER_SCRIPTS)
    share = _far_share(screen, paper, mask)
    assert share < 0.002, f"{share:.3%} of the words' pixels differ"
    assert _far_share(screen, ImageChops.offset(paper, 1, 0), mask) > 0.02  # it can fail
