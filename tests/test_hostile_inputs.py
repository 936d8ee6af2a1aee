"""Files an attacker, a client or a broken export tool might hand over (issue 18).

Every case ends in exit 3 with one clear line (or exit 0 where the input is merely large),
in bounded time, with the input file left as it was.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import time
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin
from strategies import tiny_png

from mapstudio.cli import main
from mapstudio.export.svg import SvgPainter, escape
from mapstudio.interchange import dumps, export_csv, import_csv, import_ems_yaml, loads
from mapstudio.layout import TextLine, layout_map
from mapstudio.layout.text import FixedWidthMeasure, FontSpec
from mapstudio.model import (
    Card,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    MapContent,
    Metric,
    Project,
    ProjectData,
    Stage,
    ValidationError,
    validate_project,
)
from mapstudio.model.limits import MAX_CSV_COLUMNS, MAX_STAGES, MAX_TEXT
from mapstudio.store import Document


def one_card_project(**card_fields) -> ProjectData:
    jm = JourneyMap(title="Map")
    stage = Stage(map_id=jm.id, name="Stage")
    lane = Lane(map_id=jm.id, kind=LaneKind.KPIS, title="KPIs")
    card = Card(lane_id=lane.id, stage_id=stage.id, title="Card", **card_fields)
    return ProjectData(project=Project(title="P"),
                       maps=[MapContent(map=jm, stages=[stage], lanes=[lane], cards=[card])])


def cli_import(tmp_path: Path, name: str, content: str | bytes, capsys,
               fmt: str | None = None) -> tuple[int, str]:
    """Import through the command line; the exit code and stderr (input must not change)."""
    src = tmp_path / name
    if isinstance(content, str):
        src.write_text(content, encoding="utf-8", errors="surrogatepass")
    else:
        src.write_bytes(content)
    before = src.read_bytes()
    args = ["import", str(src), "-o", str(tmp_path / "out.mapstudio"), "--force"]
    code = main(args + (["--format", fmt] if fmt else []))
    err = capsys.readouterr().err
    assert src.read_bytes() == before
    assert "Traceback" not in err
    return code, err


def assert_refused(code: int, err: str, *words: str) -> None:
    assert code == 3, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mapstudio: error:"), err
    for word in words:
        assert word in err, err


def project_json(data: ProjectData) -> dict:
    return json.loads(dumps(data))


# ---- values that broke the store or the print ------------------------------------------

def test_kpi_value_beyond_float_range_is_refused(tmp_path, capsys) -> None:
    text = dumps(one_card_project(metric=Metric("NPS", 1.0, 2.0))).replace(
        '"value": 1.0', '"value": 1e400')
    assert_refused(*cli_import(tmp_path, "kpi.json", text, capsys), "maps[0].cards[0]",
                   "metric.value", "finite")


def test_lone_surrogate_in_a_title_is_refused_naming_the_field(tmp_path, capsys) -> None:
    text = dumps(one_card_project()).replace('"title": "Card"', '"title": "Ca\\udc80rd"')
    assert_refused(*cli_import(tmp_path, "lone.json", text, capsys),
                   "maps[0].cards[0].title", "lone surrogate")


def test_control_characters_in_text_are_refused(tmp_path, capsys) -> None:
    text = dumps(one_card_project()).replace('"title": "Card"', '"title": "Ca\\u0000rd"')
    assert_refused(*cli_import(tmp_path, "nul.json", text, capsys), "control character")
    with pytest.raises(ValidationError, match="body"):
        validate_project(one_card_project(body="bell \x07"))
    validate_project(one_card_project(body="tab\tand\nlines\r\n"))  # these are fine


def test_image_size_of_1e30_is_refused(tmp_path, capsys) -> None:
    data = one_card_project()
    obj = project_json(data)
    png = tiny_png(2, 2, (10, 20, 30))
    obj["assets"] = [{"id": "a1", "sha256": hashlib.sha256(png).hexdigest(),
                      "mime": "image/png", "width": 1e30, "height": 2,
                      "data": base64.b64encode(png).decode(), "thumbnail": ""}]
    code, err = cli_import(tmp_path, "big.json", json.dumps(obj), capsys)
    assert_refused(code, err, "assets[0]")


def test_text_longer_than_the_limit_is_refused() -> None:
    with pytest.raises(ValidationError, match="maps\\[0\\].cards\\[0\\].body.*limit"):
        validate_project(one_card_project(body="x" * (MAX_TEXT + 1)))


# ---- YAML -----------------------------------------------------------------------------

def test_yaml_nested_5000_deep_is_refused(tmp_path, capsys) -> None:
    text = "kind: cjm\nactions: " + "[" * 5000 + "]" * 5000 + "\n"
    assert_refused(*cli_import(tmp_path, "deep.yaml", text, capsys), "YAML", "line")
    text = "kind: cjm\nactions:\n" + "".join("  " * i + "- a:\n" for i in range(1, 400))
    assert_refused(*cli_import(tmp_path, "deep2.yaml", text, capsys), "nested", "limit")


def _laughs(levels: int, width: int = 9) -> str:
    lines = ["kind: cjm", "l0: &l0 [" + ", ".join(["lol"] * width) + "]"]
    for i in range(1, levels):
        lines.append(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * width) + "]")
    lines.append("actions:")
    lines.append(f"  - {{name: x, touchpoints: *l{levels - 1}}}")
    return "\n".join(lines) + "\n"


def test_yaml_alias_expansion_is_bounded(tmp_path, capsys) -> None:
    start = time.perf_counter()
    code, err = cli_import(tmp_path, "laughs.yaml", _laughs(10), capsys)
    assert_refused(code, err, "aliases", "limit")
    big = _laughs(40, 20)  # a few kilobytes standing for 20**40 values
    assert len(big) > 5000
    assert_refused(*cli_import(tmp_path, "laughs2.yaml", big, capsys), "aliases")
    assert time.perf_counter() - start < 5


def test_yaml_tags_are_refused() -> None:
    with pytest.raises(Exception, match="tag"):
        import_ems_yaml("kind: cjm\nactions: !!python/object/apply:os.system [ls]\n")


# ---- sizes and time -------------------------------------------------------------------

def _growth(make, run, small: int) -> float:
    """Time of `run(make(10n))` over `run(make(n))`, best of three each (the figures
    themselves are measured in benchmarks/import_bench.py; this only catches a quadratic
    regression, with inputs large enough that a busy machine's noise does not)."""
    def best(n: int) -> float:
        text = make(n)
        times = []
        for _ in range(3):
            start = time.perf_counter()
            run(text)
            times.append(time.perf_counter() - start)
        return min(times)
    return best(small * 10) / max(best(small), 1e-4)


def _ems(n: int) -> str:
    return "kind: cjm\nphases:\n  - {id: p, name: Phase}\nactions:\n" + "".join(
        f"  - {{name: Action {i}, phase: p, touchpoints: [web], emotion_score: 1}}\n"
        for i in range(n))


def _mermaid(n: int) -> str:
    return "journey\n  section One\n" + "".join(f"    Task {i}: 3: Anna\n" for i in range(n))


def _csv_stages(n: int) -> str:
    return "stage,lane,title\n" + "".join(f"Stage {i % 900},Lane,Card {i}\n" for i in range(n))


@pytest.mark.parametrize("make,run,small", [
    (_ems, import_ems_yaml, 1000),
    (_mermaid, lambda t: __import__("mapstudio.interchange").interchange.import_mermaid(t),
     3000),
    (_csv_stages, import_csv, 3000),
], ids=["ems", "mermaid", "csv-stages"])
def test_importers_grow_linearly(make, run, small) -> None:
    assert _growth(make, run, small) < 30  # quadratic work grows about 100 times


def test_csv_with_20000_distinct_stages_is_refused_quickly(tmp_path, capsys) -> None:
    text = "stage,lane,title\n" + "".join(f"S{i},L,C\n" for i in range(20_000))
    start = time.perf_counter()
    assert_refused(*cli_import(tmp_path, "stages.csv", text, capsys),
                   f"more than {MAX_STAGES:,} stages", "row")
    assert time.perf_counter() - start < 5


def test_csv_with_100000_columns_is_refused(tmp_path, capsys) -> None:
    header = "stage,lane,title," + ",".join(f"c{i}" for i in range(100_000))
    start = time.perf_counter()
    assert_refused(*cli_import(tmp_path, "wide.csv", header + "\nS,L,T\n", capsys),
                   f"more than {MAX_CSV_COLUMNS} columns", "row 1")
    assert time.perf_counter() - start < 5


def test_2000_emotion_labels_in_one_stage_lay_out_in_under_a_second() -> None:
    jm = JourneyMap(title="Crowd")
    stage = Stage(map_id=jm.id, name="Only stage")
    lane = Lane(map_id=jm.id, kind=LaneKind.EMOTIONS, title="Feelings")
    points = [EmotionPoint(lane_id=lane.id, stage_id=stage.id, score=(i * 7) % 5 - 2,
                           position=i, label=f"Feeling {i}") for i in range(2000)]
    content = MapContent(map=jm, stages=[stage], lanes=[lane], emotion_points=points)
    start = time.perf_counter()
    geometry = layout_map(content, FixedWidthMeasure())
    assert time.perf_counter() - start < 1.0
    placed = [p for s in geometry.series for p in s.points if p.label_line is not None]
    assert len(placed) == 2000


# ---- what is read at all --------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_at_once(tmp_path, capsys) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    start = time.perf_counter()
    code = main(["import", str(fifo), "-o", str(tmp_path / "o.mapstudio")])
    assert_refused(code, capsys.readouterr().err, "not a regular file")
    assert time.perf_counter() - start < 5


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_dev_zero_is_refused(tmp_path, capsys) -> None:
    code = main(["import", "/dev/zero", "--format", "csv", "-o", str(tmp_path / "o.mapstudio")])
    assert_refused(code, capsys.readouterr().err, "not a regular file")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root may read anything")
def test_an_unreadable_import_is_refused(tmp_path, capsys) -> None:
    src = tmp_path / "secret.csv"
    src.write_text("stage,lane,title\nS,L,T\n")
    src.chmod(0)
    code = main(["import", str(src), "-o", str(tmp_path / "o.mapstudio")])
    assert_refused(code, capsys.readouterr().err, "cannot be read")


# ---- versions -------------------------------------------------------------------------

def test_a_version_bomb_is_refused_on_import(tmp_path, capsys) -> None:
    obj = project_json(one_card_project())
    bomb = zlib.compress(b" " * (80 * 1024 * 1024), 9)
    assert len(bomb) < 200_000
    obj["snapshots"] = [{"id": "s1", "name": "v1", "created": "2024-01-01T00:00:00+00:00",
                         "note": "", "data": base64.b64encode(bomb).decode()}]
    start = time.perf_counter()
    assert_refused(*cli_import(tmp_path, "bomb.json", json.dumps(obj), capsys),
                   "snapshots[0]", "MB")
    assert time.perf_counter() - start < 10


# ---- images ---------------------------------------------------------------------------

def _png_with_text() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "SECRET-METADATA-42")
    out = io.BytesIO()
    Image.new("RGB", (3, 2), (200, 10, 10)).save(out, "PNG", pnginfo=info)
    return out.getvalue()


def _with_asset(png: bytes, width: int, height: int, sha: str | None = None) -> str:
    obj = project_json(one_card_project())
    obj["assets"] = [{"id": "a1", "sha256": sha or hashlib.sha256(png).hexdigest(),
                      "mime": "image/png", "width": width, "height": height,
                      "data": base64.b64encode(png).decode(), "thumbnail": ""}]
    obj["maps"][0]["cards"][0]["image_asset_id"] = "a1"
    return json.dumps(obj)


def test_imported_images_lose_their_metadata_and_are_hashed_from_their_bytes(
        tmp_path, capsys) -> None:
    png = _png_with_text()
    code, err = cli_import(tmp_path, "meta.json", _with_asset(png, 3, 2, sha="0" * 64), capsys)
    assert code == 0, err
    doc = Document.open(tmp_path / "out.mapstudio")
    try:
        (asset,) = doc.assets()
    finally:
        doc.close()
    assert b"SECRET-METADATA-42" not in asset.data
    assert asset.sha256 == hashlib.sha256(asset.data).hexdigest()
    assert (asset.width, asset.height) == (3, 2)


def test_an_undecodable_png_is_refused(tmp_path, capsys) -> None:
    png = bytearray(tiny_png(16, 16, (1, 2, 3)))
    start = png.index(b"IDAT") + 4
    png[start:start + 8] = b"\x00" * 8  # the header is fine, the pixels are not
    code, err = cli_import(tmp_path, "broken.json", _with_asset(bytes(png), 16, 16), capsys)
    assert_refused(code, err, "assets[0]")


def test_a_declared_height_of_2_to_the_62_is_refused(tmp_path, capsys) -> None:
    png = tiny_png(2, 2, (1, 2, 3))
    code, err = cli_import(tmp_path, "tall.json", _with_asset(png, 2, 2 ** 62), capsys)
    assert_refused(code, err, "assets[0].height")


def test_a_declared_size_that_differs_from_the_pixels_is_refused(tmp_path, capsys) -> None:
    png = tiny_png(2, 2, (1, 2, 3))
    code, err = cli_import(tmp_path, "liar.json", _with_asset(png, 2000, 2000), capsys)
    assert_refused(code, err, "assets[0]", "declared")


# ---- exports stay well-formed ---------------------------------------------------------

def test_svg_text_with_control_characters_stays_well_formed_xml() -> None:
    painter = SvgPainter(lambda _id: None)
    painter.place(0, 0, 1)
    painter.text_lines([TextLine("NUL\x00 bell\x07 esc\x1b \ud800 <&>", 0, 10,
                                 FontSpec(size=10), "#000000")])
    svg = ('<svg xmlns="http://www.w3.org/2000/svg">' + "".join(painter.out) + "</svg>")
    root = ET.fromstring(svg.encode("utf-8", "surrogatepass"))
    assert "<&>" in "".join(root.itertext())
    assert escape("a\x00b") == "a\ufffdb"


@pytest.mark.parametrize("start", ["\t", "\r"])
def test_csv_cells_starting_with_tab_or_cr_are_defused(start) -> None:
    data = one_card_project()
    data.maps[0].cards[0].title = start + "=HYPERLINK(\"http://x\")"
    text = export_csv(data)
    assert "'" + start + "=HYPERLINK" in text
    back = import_csv(text)
    assert back.maps[0].cards[0].title == start + "=HYPERLINK(\"http://x\")"


def test_json_round_trip_still_accepts_clean_text() -> None:
    data = one_card_project(body="ünïcödé — tabs\tand\nlines", metric=Metric("NPS", 1e14))
    assert loads(dumps(data)).maps[0].cards[0].body == data.maps[0].cards[0].body
