"""A `--pdfx --cmyk` file as a print shop's preflight reads it: the Coated FOGRA39 press
profile and its registered output intent, type on the black plate, every font embedded,
consistent page boxes and no RGB left. Read back from exported files with pypdf."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image, ImageCms
from pypdf import PdfReader

from mapstudio.export import ExportOptions, export_map
from mapstudio.export.colours import cmyk, cmyk_text, print_profile
from mapstudio.export.options import MM
from mapstudio.layout import TextLine
from mapstudio.layout.text import FontSpec

COLOUR_OP = re.compile(rb"(?<![\w.])([-\d.]+) ([-\d.]+) ([-\d.]+)(?: ([-\d.]+))? (k|K|rg|RG)\b")
TEXT_BLOCK = re.compile(rb"\bBT\b(.*?)\bET\b", re.S)


@pytest.fixture(scope="module")
def poster(tmp_path_factory):
    """The demo as a press poster: A2, PDF/X-4 in CMYK, 3 mm bleed, crop marks, personas."""
    from mapstudio.demo import make_demo_copy
    from mapstudio.store import Document

    folder = tmp_path_factory.mktemp("press")
    doc = Document.open(make_demo_copy(folder), read_only=True)
    try:
        out = export_map(doc, folder / "poster.pdf", ExportOptions(
            "pdf", paper="A2", pdfx=True, cmyk=True, bleed_mm=3, crop_marks=True,
            personas=True))
    finally:
        doc.close()
    return PdfReader(str(out))


def _lab(image: Image.Image, profile) -> tuple[float, float, float]:
    to_lab = ImageCms.buildTransform(profile, ImageCms.createProfile("LAB"), image.mode, "LAB",
                                     renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC)
    L, a, b = ImageCms.applyTransform(image, to_lab).getpixel((0, 0))  # noqa: N806
    return L / 2.55, a - 128, b - 128


def _press():
    return ImageCms.ImageCmsProfile(io.BytesIO(print_profile()[0]))


def _ink(values: tuple[float, ...]) -> Image.Image:
    return Image.new("CMYK", (1, 1), tuple(round(v * 255) for v in values))


def _streams(reader: PdfReader) -> list[bytes]:
    """Every content stream: the pages' and their form XObjects' (poster tiles)."""
    out = []
    for page in reader.pages:
        out.append(page.get_contents().get_data())
        for ref in (page["/Resources"].get("/XObject") or {}).values():
            x = ref.get_object()
            if x.get("/Subtype") == "/Form":
                out.append(x.get_data())
    return out


def _text_ops(streams: list[bytes]) -> list[tuple[float, ...]]:
    """The colours set inside text objects, as (c, m, y, k) or (r, g, b)."""
    found = []
    for stream in streams:
        for block in TEXT_BLOCK.findall(stream):
            found += [tuple(float(v) for v in m[:4] if v) for m in COLOUR_OP.findall(block)]
    return found


def test_the_profile_is_the_fogra39_press_characterisation():
    profile = _press()
    assert profile.profile.xcolor_space.strip() == "CMYK"
    assert profile.profile.device_class == "prtr"
    assert "FOGRA39" in profile.profile.profile_description
    assert print_profile()[1:] == ("FOGRA39", "Coated FOGRA39 (ISO 12647-2:2004)")
    L, a, b = _lab(_ink((1.0, 0.0, 0.0, 0.0)), profile)  # noqa: N806 - solid cyan, as Fogra measured it
    assert L == pytest.approx(58, abs=3) and a < -30 and b < -40


def test_colour_fills_go_through_the_profile_and_greys_of_type_through_k():
    to_cmyk = ImageCms.buildTransform(ImageCms.createProfile("sRGB"), _press(), "RGB", "CMYK",
                                      renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC)
    for colour in ("#808080", "#1e3a5f", "#e11d48"):
        rgb = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
        expected = ImageCms.applyTransform(Image.new("RGB", (1, 1), rgb), to_cmyk).getpixel((0, 0))
        assert cmyk(colour) == tuple(v / 255 for v in expected)
    assert cmyk("#808080")[0] > 0.05  # a grey fill is separated in four inks by FOGRA39
    assert cmyk("#000000") == cmyk_text("#000000") == (0.0, 0.0, 0.0, 1.0)
    assert cmyk_text("#ffffff") == (0.0, 0.0, 0.0, 0.0)
    srgb = ImageCms.createProfile("sRGB")
    for level in (0x33, 0x66, 0x80, 0xaa, 0xdd):
        c, m, y, k = cmyk_text(f"#{level:02x}{level:02x}{level:02x}")
        assert c == m == y == 0 and 0 < k < 1
        grey_l = _lab(Image.new("RGB", (1, 1), (level,) * 3), srgb)[0]
        assert _lab(_ink((0, 0, 0, k)), _press())[0] == pytest.approx(grey_l, abs=1.5)
    assert cmyk_text("#64748b")[:3] == (0, 0, 0)  # the styles' slate type is near-grey
    assert cmyk_text("#1e3a5f") == cmyk("#1e3a5f")  # navy stays navy
    assert cmyk_text("#e11d48") == cmyk("#e11d48")


def test_grey_and_black_type_prints_on_the_black_plate_alone(tmp_path):
    """Plain (Latin) and shaped (Arabic, bold CJK: synthetic bold strokes) lines in black,
    grey and colour, beside a grey fill, read back from the PDF's text objects."""
    from reportlab.pdfgen.canvas import Canvas

    from mapstudio.export.fonts import register_fonts
    from mapstudio.export.pdf_painter import PdfPainter
    from mapstudio.layout import Rect

    register_fonts()
    out = tmp_path / "type.pdf"
    canvas = Canvas(str(out), pagesize=(400, 300))
    painter = PdfPainter(canvas, 300, use_cmyk=True)
    painter.rect(Rect(10, 10, 100, 40), fill="#808080")
    lines = [TextLine(text, 20, 20 + 18 * i, FontSpec(bold=bold, size=7), colour)
             for i, (text, bold, colour) in enumerate([
                 ("Black body text", False, "#000000"), ("Grey caption", False, "#808080"),
                 ("مرحبا بالعالم", False, "#555555"), ("東京の地図", True, "#808080"),
                 ("Slate label", False, "#64748b"), ("Rose badge", True, "#e11d48")])]
    painter.text_lines(lines)
    painter.rect(Rect(10, 200, 100, 40), fill="#808080")
    canvas.save()
    stream = PdfReader(str(out)).pages[0].get_contents().get_data()
    in_text = _text_ops([stream])
    assert all(len(op) == 4 for op in in_text)
    greys = [op for op in in_text if op != _rounded(cmyk("#e11d48"))]
    assert {op[:3] for op in greys} == {(0.0, 0.0, 0.0)}
    assert {op[3] for op in greys} == {_rounded(cmyk_text(c))[3] for c in (
        "#000000", "#808080", "#555555", "#64748b")}
    assert _rounded(cmyk("#e11d48")) in in_text
    outside = TEXT_BLOCK.sub(b"", stream)  # both grey boxes in the profile's four inks
    fills = [tuple(float(v) for v in m[:4]) for m in COLOUR_OP.findall(outside)]
    assert fills.count(_rounded(cmyk("#808080"))) == 2


def _rounded(values: tuple[float, ...]) -> tuple[float, ...]:
    return tuple(round(v, 4) for v in values)


def test_poster_names_fogra39_in_its_output_intent(poster):
    assert poster.trailer["/Info"].get_object()["/GTS_PDFXVersion"] == "PDF/X-4"
    intents = poster.trailer["/Root"]["/OutputIntents"]
    assert len(intents) == 1
    intent = intents[0].get_object()
    assert intent["/S"] == "/GTS_PDFX"
    assert intent["/OutputConditionIdentifier"] == "FOGRA39"
    assert intent["/RegistryName"] == "http://www.color.org"
    assert intent["/Info"] == "Coated FOGRA39 (ISO 12647-2:2004)"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 4 and profile.get_data() == print_profile()[0]


def test_poster_embeds_every_font(poster):
    fonts = {}
    for page in poster.pages:
        resources = [page["/Resources"]]
        for ref in (page["/Resources"].get("/XObject") or {}).values():
            if ref.get_object().get("/Subtype") == "/Form":
                resources.append(ref.get_object()["/Resources"])
        for res in resources:
            for ref in (res.get("/Font") or {}).values():
                font = ref.get_object()
                fonts[font["/BaseFont"]] = font
    assert len(fonts) >= 2
    for name, font in fonts.items():
        for descendant in font.get("/DescendantFonts") or [font]:
            descriptor = descendant.get_object()["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile2", "/FontFile3", "/FontFile")), name
        assert re.match(r"/[A-Z]{6}\+", name), name  # a subset, embedded


def test_poster_boxes_nest_and_carry_the_bleed(poster):
    for page in poster.pages:
        assert "/ArtBox" not in page  # PDF/X: TrimBox or ArtBox, not both
        media, bleed, trim = page.mediabox, page.bleedbox, page.trimbox
        assert float(media.left) <= float(bleed.left) and float(bleed.right) <= float(media.right)
        assert float(media.bottom) <= float(bleed.bottom) and float(bleed.top) <= float(media.top)
        for side in ("left", "bottom"):
            assert float(getattr(trim, side)) - float(getattr(bleed, side)) == \
                pytest.approx(3 * MM, abs=0.05)
        for side in ("right", "top"):
            assert float(getattr(bleed, side)) - float(getattr(trim, side)) == \
                pytest.approx(3 * MM, abs=0.05)
        assert float(bleed.left) > float(media.left)  # room for the crop marks outside


def test_poster_leaves_no_rgb_and_prints_its_type_on_black(poster):
    streams = _streams(poster)
    ops = [tuple(m) for s in streams for m in COLOUR_OP.findall(s)]
    assert ops and not [op for op in ops if op[4] in (b"rg", b"RG")]
    for page in poster.pages:
        for ref in (page["/Resources"].get("/XObject") or {}).values():
            x = ref.get_object()
            if x.get("/Subtype") == "/Image":
                assert x["/ColorSpace"] == "/DeviceCMYK"
        assert "/ColorSpace" not in page["/Resources"]  # no ICCBased or calibrated RGB
    in_text = _text_ops(streams)
    body = _rounded(cmyk_text("#1f2937"))  # the styles' body type
    assert body[:3] == (0, 0, 0) and body in in_text
    assert _rounded(cmyk("#1f2937")) not in in_text  # never as four-colour black


def test_cmyk_without_pdfx_still_names_its_printing_condition(tmp_path):
    from test_export_fixtures import make_project

    doc, _ = make_project(tmp_path / "p.mapstudio")
    try:
        out = export_map(doc, tmp_path / "c.pdf", ExportOptions("pdf", paper="A3", cmyk=True))
    finally:
        doc.close()
    reader = PdfReader(str(out))
    assert reader.pdf_header == "%PDF-1.4"  # output intents came with PDF 1.4
    intent = reader.trailer["/Root"]["/OutputIntents"][0].get_object()
    assert intent["/OutputConditionIdentifier"] == "FOGRA39"
    assert intent["/DestOutputProfile"].get_object().get_data() == print_profile()[0]
    assert "/GTS_PDFXVersion" not in reader.trailer["/Info"].get_object()  # not PDF/X


def test_rgb_without_pdfx_has_no_output_intent(tmp_path):
    from test_export_fixtures import make_project

    doc, _ = make_project(tmp_path / "p.mapstudio")
    try:
        out = export_map(doc, tmp_path / "r.pdf", ExportOptions("pdf", paper="A3"))
    finally:
        doc.close()
    assert "/OutputIntents" not in PdfReader(str(out)).trailer["/Root"]


def test_hairlines_in_grey_print_on_black_and_thicker_strokes_through_the_profile(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    from mapstudio.export.pdf_painter import HAIRLINE, PdfPainter

    out = tmp_path / "lines.pdf"
    canvas = Canvas(str(out), pagesize=(200, 200))
    painter = PdfPainter(canvas, 200, use_cmyk=True)
    painter.line(10, 10, 190, 10, "#94a3b8", width=HAIRLINE / 2)  # a card outline
    painter.line(10, 30, 190, 30, "#94a3b8", width=HAIRLINE * 4)
    painter.line(10, 50, 190, 50, "#e11d48", width=HAIRLINE / 2)
    painter.line(10, 70, 190, 70, "#94a3b8", width=HAIRLINE / 2)
    canvas.save()
    stream = PdfReader(str(out)).pages[0].get_contents().get_data()
    strokes = [tuple(float(v) for v in m[:4]) for m in COLOUR_OP.findall(stream)
               if m[4] == b"K"]
    assert strokes == [_rounded(cmyk_text("#94a3b8")), _rounded(cmyk("#94a3b8")),
                       _rounded(cmyk("#e11d48")), _rounded(cmyk_text("#94a3b8"))]
    assert strokes[0][:3] == (0, 0, 0) and min(strokes[1][:3]) > 0
