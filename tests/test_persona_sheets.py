"""Persona pages use their paper: two profiles to a sheet when both fit whole, read back."""

from __future__ import annotations

import pdfplumber
import pytest

from mapstudio.export import ExportOptions, export_map
from mapstudio.model import Persona, Project, ProjectData, starter_map

GOALS = ["Buy before the lease ends", "Keep monthly payments under £1,100"]


def _persona(name: str, colour: str, bio: str = "") -> Persona:
    return Persona(name=name, role="Nurse", age="31", location="Leeds", colour=colour,
                   quote="We just want to know, early.", bio=bio, goals=list(GOALS),
                   frustrations=["Calculators that disagree"], motivations=["A home"],
                   channels=["web", "phone"], technology="Phone-first")


def _export(tmp_path, personas: list[Persona], paper: str = "A3", **options):
    from mapstudio.store import Document

    content = starter_map("Sheets")
    content.map.persona_ids = [p.id for p in personas]
    data = ProjectData(project=Project(title="Sheets"), personas=personas, maps=[content])
    doc = Document.create(tmp_path / "p.mapstudio", "Sheets", data=data)
    try:
        return export_map(doc, tmp_path / "p.pdf",
                          ExportOptions("pdf", paper=paper, personas=True, **options))
    finally:
        doc.close()


def _words(path) -> list[list[dict]]:
    with pdfplumber.open(str(path)) as pdf:
        return [page.extract_words() for page in pdf.pages], \
            [(float(page.width), float(page.height)) for page in pdf.pages]


def _top_of(words: list[dict], text: str) -> dict:
    """The persona's name as the headline of its profile (the footer lists names too)."""
    return max((w for w in words if w["text"] == text), key=lambda w: w["bottom"] - w["top"])


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_two_short_profiles_share_a_sheet(tmp_path, orientation) -> None:
    people = [_persona("Amelia", "#0f766e"), _persona("Bartholomew", "#b45309")]
    out = _export(tmp_path, people, orientation=orientation)
    pages, sizes = _words(out)
    assert len(pages) == 2  # the map, then one sheet for both profiles
    sheet = pages[1]
    first, second = _top_of(sheet, "Amelia"), _top_of(sheet, "Bartholomew")
    width, height = sizes[1]
    if orientation == "portrait":  # one above the other, each in its half
        assert first["top"] < height / 2 < second["top"]
    else:  # side by side
        assert first["x0"] < width / 2 < second["x0"]
    text = " ".join(w["text"] for w in sheet)
    for goal in GOALS:  # both profiles whole
        assert text.count(goal.split()[-1]) == 2, goal
    assert "Page 2 of 2" in text


def test_a_long_profile_keeps_a_page_of_its_own(tmp_path) -> None:
    long_bio = " ".join(["Renting a two-bed flat for six years while saving every month."] * 120)
    people = [_persona("Amelia", "#0f766e", bio=long_bio), _persona("Bartholomew", "#b45309"),
              _persona("Cordelia", "#7c3aed")]
    pages, _ = _words(_export(tmp_path, people))
    names = [[n for n in ("Amelia", "Bartholomew", "Cordelia")  # as headlines, not footer
              if any(w["text"] == n and w["bottom"] - w["top"] > 15 for w in page)]
             for page in pages[1:]]
    # the long one alone; the two short ones after it share a sheet
    assert names == [["Amelia"], ["Bartholomew", "Cordelia"]]


def test_one_profile_fills_its_page_at_full_size(tmp_path) -> None:
    """A lone persona is drawn as before: its own page, text at the page's size."""
    pages, _ = _words(_export(tmp_path, [_persona("Amelia", "#0f766e")]))
    assert len(pages) == 2
    name = _top_of(pages[1], "Amelia")
    alone = name["bottom"] - name["top"]
    (tmp_path / "two").mkdir()
    pair, _ = _words(_export(tmp_path / "two", [_persona("Amelia", "#0f766e"),
                                                _persona("Bartholomew", "#b45309")]))
    paired = _top_of(pair[1], "Amelia")
    assert alone >= paired["bottom"] - paired["top"]  # paired type may be smaller, never larger
    assert paired["bottom"] - paired["top"] >= 22 * 0.9  # never below 22 pt names
