"""Every script prints: PDF fonts and text layer, PNG pixels, SVG text, canvas metrics."""

from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET

import pytest
from pypdf import PdfReader

from mapstudio.export import ExportOptions, export_map
from mapstudio.layout.breaking import graphemes
from mapstudio.layout.fontset import FACES, face_for, uncovered
from mapstudio.layout.shaping import is_plain, shape_line
from mapstudio.model import (
    Card,
    JourneyMap,
    Lane,
    LaneKind,
    MapContent,
    Project,
    ProjectData,
    Stage,
)

SCRIPTS = {
    "Latin": "Café déjà vu",
    "Greek": "Καλημέρα κόσμε",
    "Cyrillic": "Привет мир",
    "Vietnamese": "Tiếng Việt có dấu",
    "Simplified": "简体中文测试",
    "Traditional": "繁體中文測試",
    "Japanese": "日本語のテキスト",
    "Korean": "한국어 텍스트",
    "Arabic": "مرحبا بالعالم",
    "Hebrew": "שלום עולם",
    "Devanagari": "नमस्ते दुनिया",
    "Thai": "สวัสดีครับ",
    "Emoji": "👍🎉",
    "Mixed": "Order 42 注文 done",
}
HIEROGLYPH = "\U00013000"  # no bundled font has it
FACE_FILES = {"NotoSansArabic", "NotoSansHebrew", "NotoSansDevanagari", "NotoSansThai",
              "DroidSansFallback", "MapStudioHangul", "NotoEmoji", "DejaVuSans"}


def scripts_content(map_id: str = "scripts") -> MapContent:
    jm = JourneyMap(id=map_id, title="Scripts 文字 نص")
    stages = [Stage(map_id=map_id, position=i, name=f"Stage {i + 1}") for i in range(3)]
    lane = Lane(map_id=map_id, position=0, kind=LaneKind.ACTIONS, title="Cards")
    cards = [Card(lane_id=lane.id, stage_id=stages[i % 3].id, position=i // 3, title=name,
                  body=text) for i, (name, text) in enumerate(SCRIPTS.items())]
    n = len(cards)
    cards.append(Card(lane_id=lane.id, stage_id=stages[n % 3].id, position=n // 3,
                      title="Hieroglyph", body=f"Sign {HIEROGLYPH}"))
    return MapContent(jm, stages, [lane], cards, [])


@pytest.fixture
def scripts_doc(tmp_path):
    from mapstudio.store import Document

    data = ProjectData(project=Project(title="All scripts"), personas=[],
                       maps=[scripts_content()])
    doc = Document.create(tmp_path / "scripts.mapstudio", "All scripts", data=data)
    yield doc
    doc.close()


def _font_names(reader: PdfReader) -> dict[str, bool]:
    out = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            out[str(font["/BaseFont"]).split("+")[-1]] = bool(
                descriptor and "/FontFile2" in descriptor.get_object())
    return out


def test_pdf_embeds_every_face_and_reads_in_logical_order(scripts_doc, tmp_path):
    out = export_map(scripts_doc, tmp_path / "scripts.pdf", ExportOptions("pdf", paper="A3"))
    reader = PdfReader(str(out))
    fonts = _font_names(reader)
    assert all(fonts.values()), fonts  # every font is an embedded TrueType subset
    used = {name.split("-")[0] for name in fonts}
    assert FACE_FILES <= used, used
    text = unicodedata.normalize("NFKC", reader.pages[0].extract_text())
    for name, value in SCRIPTS.items():
        assert value in text, (name, value)


def test_png_and_svg_carry_every_script(scripts_doc, tmp_path):
    from PIL import Image

    png = export_map(scripts_doc, tmp_path / "s.png", ExportOptions("png", dpi=100))
    with Image.open(png) as image:
        assert image.size[0] > 500 and image.getextrema() != ((255, 255),) * 3
    svg = export_map(scripts_doc, tmp_path / "s.svg", ExportOptions("svg"))
    root = ET.parse(svg).getroot()
    texts = "".join(el.text or "" for el in root.iter("{http://www.w3.org/2000/svg}text"))
    families = {el.get("font-family", "") for el in root.iter("{http://www.w3.org/2000/svg}text")}
    for value in SCRIPTS.values():
        for word in value.split():
            assert word in texts, word
    for face in FACES[1:]:
        assert any(face.family in family for family in families), face.family
    rtl = [el for el in root.iter("{http://www.w3.org/2000/svg}text")
           if el.get("direction") == "rtl"]
    assert {"مرحبا", "שלום"} <= {w for el in rtl for w in (el.text or "").split()}


def test_shaping_joins_arabic_and_orders_right_to_left():
    line = shape_line("abc مرحبا 12")
    arabic = next(r for r in line.runs if r.face == "arabic" and r.rtl)
    plain = [ord(ch) for ch in "مرحبا"]
    # contextual forms: no glyph is the isolated letter's own glyph for all five letters
    assert len(arabic.glyphs) >= 5 and arabic.x > line.runs[0].x
    assert [g.cluster for g in arabic.glyphs] == sorted(g.cluster for g in arabic.glyphs)[::-1]
    assert plain  # logical text kept as is
    assert arabic.text.strip() == "مرحبا"


def test_every_script_string_has_a_face_and_the_hieroglyph_none():
    for value in SCRIPTS.values():
        assert uncovered(value) == [], value
    assert uncovered(f"A {HIEROGLYPH} B") == [HIEROGLYPH]
    assert face_for(ord("ب")) == "arabic" and face_for(ord("한")) == "hangul"
    assert face_for(ord("日")) == "cjk" and face_for(ord("A")) == "latin"


def test_latin_text_takes_the_fast_path():
    for value in ("Café déjà vu", "Καλημέρα", "Привет", "Tiếng Việt", "6,40\u00a0€ – “ok”"):
        assert is_plain(value), value
    for value in ("日本", "مرحبا", "שלום", "नमस्ते", "สวัส", "👍"):
        assert not is_plain(value), value


def test_latin_map_never_shapes(tmp_path):
    from test_export_fixtures import make_project

    doc, _ = make_project(tmp_path / "latin.mapstudio")
    try:
        shape_line.cache_clear()
        export_map(doc, tmp_path / "latin.pdf", ExportOptions("pdf"))
        assert shape_line.cache_info().misses == 0
    finally:
        doc.close()


def test_canvas_and_paper_measure_every_script_alike(qapp):
    from mapstudio.canvas.fonts import QtTextMeasure
    from mapstudio.export.fonts import ReportLabMeasure
    from mapstudio.layout import FontSpec

    qt, rl = QtTextMeasure(), ReportLabMeasure()
    for bold in (False, True):
        font = FontSpec(bold, 11)
        for value in SCRIPTS.values():
            assert qt.width(value, font) == pytest.approx(rl.width(value, font), abs=0.05)


def test_graphemes_keep_clusters_whole():
    assert graphemes("क्षत्रिय") == ["क्ष", "त्रि", "य"]
    assert graphemes("👍🏽!") == ["👍🏽", "!"]
    assert graphemes("🇵🇱🇩🇪") == ["🇵🇱", "🇩🇪"]
    assert graphemes("e\u0301a") == ["e\u0301", "a"]
    assert graphemes("👩\u200d💻x") == ["👩\u200d💻", "x"]


def test_png_and_pdf_pages_differ_only_in_anti_aliasing(scripts_doc, tmp_path):
    import pypdfium2
    from PIL import Image, ImageChops, ImageFilter

    pdf = export_map(scripts_doc, tmp_path / "s.pdf", ExportOptions("pdf", paper="A4"))
    png = export_map(scripts_doc, tmp_path / "s.png", ExportOptions("png", paper="A4", dpi=100))
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        paper = document[0].render(scale=100 / 72).to_pil().convert("L")
    finally:
        document.close()
    with Image.open(png) as image:
        screen = image.convert("L")
    assert abs(paper.size[0] - screen.size[0]) <= 1 and abs(paper.size[1] - screen.size[1]) <= 1
    size = (min(paper.size[0], screen.size[0]), min(paper.size[1], screen.size[1]))
    paper, screen = paper.crop((0, 0, *size)), screen.crop((0, 0, *size))
    # blur away edge anti-aliasing; what is left are glyphs or shapes in different places
    diff = ImageChops.difference(paper.filter(ImageFilter.GaussianBlur(1.5)),
                                 screen.filter(ImageFilter.GaussianBlur(1.5)))
    hist = diff.histogram()
    far = sum(hist[48:]) / (size[0] * size[1])
    assert far < 0.002, far


def test_right_to_left_latin_runs_and_posters_print(scripts_doc, tmp_path):
    """A DejaVu run inside right-to-left text is drawn glyph by glyph too (the tiled
    poster's overview names the map in a sentence: Arabic title, Latin words around)."""
    out = export_map(scripts_doc, tmp_path / "poster.pdf",
                     ExportOptions("pdf", paper="A0", tile="A4"))
    text = unicodedata.normalize("NFKC", PdfReader(str(out)).pages[0].extract_text())
    assert "نص" in text and "sheets of A4" in text
    line = shape_line("نص — 20 x")
    assert any(r.face == "latin" and r.rtl for r in line.runs)
