"""Export benchmark; prints JSON.

pdf_5000_vs_raw_reportlab: our whole PDF export of a 5,000-card map (read from the file,
layout, drawing, title block, legend, writing) divided by a raw ReportLab canvas drawing
the same card boxes and the same strings at the same places with the same fonts and
compression, in the same run (target ≤ 1.5).
pdf_5000_mixed_scripts_vs_latin: the same map with every card's title and body in one of
ten scripts (Japanese, Chinese, Korean, Arabic, Hebrew, Hindi, Thai, Greek, Russian, emoji
with Latin), each text different, divided by the Latin map's export (target ≤ 2).
png_a3_300dpi_seconds: PNG export of a realistic map (the demo) on A3 at 300 dpi.

Run: PYTHONPATH=src QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/export_bench.py
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from mapstudio.model import (  # noqa: E402
    Card,
    JourneyMap,
    Lane,
    LaneKind,
    MapContent,
    Project,
    ProjectData,
    Stage,
)

KINDS = [LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.THOUGHTS, LaneKind.PAIN_POINTS,
         LaneKind.OPPORTUNITIES, LaneKind.BACKSTAGE, LaneKind.SYSTEMS, LaneKind.OWNERS,
         LaneKind.TEXT, LaneKind.CHANNELS]


MIXED = [
    ("お客様がオファーを確認する", "二つのサイトで金利を比べ、友人に相談します"),
    ("客户查看报价", "在两个网站上比较利率并询问朋友"),
    ("고객이 제안을 확인합니다", "두 사이트에서 금리를 비교하고 친구에게 묻습니다"),
    ("العميل يتحقق من العرض", "يقارن الأسعار على موقعين ويسأل صديقا"),
    ("הלקוח בודק את ההצעה", "משווה ריביות בשני אתרים ושואל חבר"),
    ("ग्राहक प्रस्ताव की जाँच करता है", "दो साइटों पर दरों की तुलना करता है और मित्र से पूछता है"),
    ("ลูกค้าตรวจสอบข้อเสนอ", "เปรียบเทียบอัตราในสองเว็บไซต์และถามเพื่อน"),
    ("Ο πελάτης ελέγχει την προσφορά", "Συγκρίνει επιτόκια σε δύο ιστότοπους"),
    ("Клиент проверяет предложение", "Сравнивает ставки на двух сайтах и спрашивает друга"),
    ("Customer checks the offer 👍", "Compares rates on two sites 🎉 and asks a friend"),
]


def big_project(cards: int = 5000, stages: int = 50, mixed: bool = False) -> ProjectData:
    jm = JourneyMap(id="big", title="Five thousand cards")
    st = [Stage(map_id="big", position=i, name=f"Stage {i + 1}") for i in range(stages)]
    lanes = [Lane(map_id="big", position=i, kind=k, title=f"{k.value} lane")
             for i, k in enumerate(KINDS)]
    per_cell = cards // (stages * len(lanes))
    out = []
    for lane in lanes:
        for stage in st:
            for k in range(per_cell):
                n = len(out)
                title, body = MIXED[n % len(MIXED)] if mixed else (
                    "customer checks the offer", "Compares rates on two sites and asks a friend")
                out.append(Card(lane_id=lane.id, stage_id=stage.id, position=k,
                                title=f"Card {n}: {title}",
                                body=f"{body} {n}" if n % 2 else "",
                                severity=1 + n % 5 if lane.kind == LaneKind.PAIN_POINTS
                                else None))
    return ProjectData(project=Project(title="Benchmark"),
                       maps=[MapContent(jm, st, lanes, out)])


def raw_reportlab(geometry, target: Path) -> None:
    """The baseline: boxes and strings straight onto a ReportLab canvas."""
    from reportlab.pdfgen.canvas import Canvas

    from mapstudio.export.fonts import font_name, register_fonts

    register_fonts()
    h = geometry.height
    c = Canvas(str(target), pagesize=(geometry.width, h), initialFontName="DejaVuSans",
               pageCompression=1)
    for box in geometry.cards.values():
        r = box.rect
        c.setFillColorRGB(1, 1, 1)
        c.roundRect(r.x, h - r.bottom, r.w, r.h, 4, stroke=1, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        for line in box.lines:
            c.setFont(font_name(line.font), line.font.size)
            c.drawString(line.x, h - line.baseline, line.text)
    for header in [*geometry.stages.values(), *geometry.lanes.values()]:
        for line in header.lines:
            c.setFont(font_name(line.font), line.font.size)
            c.drawString(line.x, h - line.baseline, line.text)
    c.showPage()
    c.save()


def forget_text() -> None:
    """Empty every cache of measured or shaped text."""
    from mapstudio.export.fonts import shared_measure
    from mapstudio.layout import bidi_levels, shaping
    from mapstudio.layout.breaking import pieces

    shared_measure()._cache.clear()
    bidi_levels._key_levels.cache_clear()
    for cached in (shaping.shape_line, shaping.shaped_width, shaping._shape, pieces,
                   shaping._word_runs, shaping._width_full, shaping._last_face,
                   shaping._space_face, shaping._word, shaping._space_run):
        cached.cache_clear()


def main() -> None:
    from mapstudio.export import ExportOptions, export_map, load_source
    from mapstudio.export.pdf import layout_for
    from mapstudio.store import Document

    tmp = Path(tempfile.mkdtemp(prefix="mapstudio-export-bench-"))
    doc = Document.create(tmp / "big.mapstudio", "Benchmark", data=big_project())
    geometry = layout_for(load_source(doc))[0]
    options = ExportOptions("pdf", paper="fit", scale=1.0)
    ours, raw = [], []
    for i in range(3):
        t = time.perf_counter()
        export_map(doc, tmp / f"ours{i}.pdf", options)
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        raw_reportlab(geometry, tmp / f"raw{i}.pdf")
        raw.append(time.perf_counter() - t)
    doc.close()
    mixed_doc = Document.create(tmp / "mixed.mapstudio", "Benchmark", data=big_project(mixed=True))
    latin_doc = Document.open(tmp / "big.mapstudio", read_only=True)
    mixed, latin = [], []
    for i in range(3):
        for target, times, name in ((mixed_doc, mixed, "mixed"), (latin_doc, latin, "latin")):
            forget_text()  # every run measures and shapes every text afresh
            t = time.perf_counter()
            export_map(target, tmp / f"{name}{i}.pdf", options)
            times.append(time.perf_counter() - t)
    mixed_doc.close()
    latin_doc.close()

    from mapstudio.demo import make_demo_copy

    demo = Document.open(make_demo_copy(tmp))
    png = []
    for i in range(2):
        t = time.perf_counter()
        export_map(demo, tmp / f"demo{i}.png", ExportOptions("png", paper="A3", dpi=300))
        png.append(time.perf_counter() - t)
    demo.close()
    print(json.dumps({
        "pdf_5000_vs_raw_reportlab": round(statistics.median(ours) / statistics.median(raw),
                                           3),
        "pdf_5000_seconds": round(statistics.median(ours), 3),
        "raw_reportlab_5000_seconds": round(statistics.median(raw), 3),
        "pdf_5000_mixed_scripts_vs_latin": round(statistics.median(mixed)
                                                 / statistics.median(latin), 3),
        "pdf_5000_latin_cold_seconds": round(statistics.median(latin), 3),
        "pdf_5000_mixed_scripts_seconds": round(statistics.median(mixed), 3),
        "cards": len(geometry.cards),
        "png_a3_300dpi_seconds": round(statistics.median(png), 3),
    }, indent=2))


if __name__ == "__main__":
    main()
