"""The words a print adds (captions, badges, footer) follow the print language."""

from __future__ import annotations

import sys
from pathlib import Path

import pdfplumber
import pytest
from test_export_fixtures import make_project

from mapstudio import i18n
from mapstudio.export import ExportOptions, export_map
from mapstudio.export import language as print_language
from mapstudio.export.options import LANGUAGES
from mapstudio.layout import LABELS
from mapstudio.model import MapStudioError

ROOT = Path(__file__).resolve().parents[1]

ITALIAN = {
    "Severity {0}": "Gravità {0}",
    "Page {0} of {1}": "Pagina {0} di {1}",
    "Pain points": "Criticità",
    "Line of visibility": "Linea di visibilità",
    "Current state": "Stato attuale",
    "{0} / target {1}": "{0} / obiettivo {1}",
}


def test_print_languages_are_the_shipped_ones():
    assert LANGUAGES == i18n.SUPPORTED
    assert ExportOptions("pdf", language=" IT ").validate().language == "it"
    with pytest.raises(MapStudioError, match="print language"):
        ExportOptions("pdf", language="xx").validate()


def test_english_needs_no_catalogue():
    labels = print_language.print_labels("en")
    assert labels("severity", 2) == "Severity 2"
    assert print_language.print_language("ru") == "ru"


def test_layout_words_are_extracted_for_the_translators():
    """The canvas translates LABELS in context "Layout": the .ts extractor must see them."""
    sys.path.insert(0, str(ROOT / "installers"))
    try:
        import update_translations
    finally:
        sys.path.remove(str(ROOT / "installers"))
    messages, _ = update_translations.extract()
    found = {m.source for m in messages if m.context == "Layout"}
    assert set(LABELS.values()) <= found


def _catalogue(tmp_path: Path) -> Path:
    if i18n.lrelease_command() is None:
        pytest.skip("lrelease is not available")
    entries = "".join(f"<message><source>{src}</source><translation>{dst}</translation>"
                      f"</message>" for src, dst in ITALIAN.items())
    ts = tmp_path / "mapstudio_it.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" '
                  f'language="it_IT"><context><name>Layout</name>{entries}</context></TS>',
                  encoding="utf-8")
    qm = tmp_path / "mapstudio_it.qm"
    assert i18n.compile_ts(ts, qm)
    return qm


def test_pdf_speaks_the_print_language(tmp_path, monkeypatch):
    qm = _catalogue(tmp_path)
    monkeypatch.setattr(i18n, "qm_file", lambda language: qm if language == "it" else None)
    print_language.print_labels.cache_clear()
    doc, _ = make_project(tmp_path / "p.mapstudio")
    try:
        out = tmp_path / "it.pdf"
        export_map(doc, out, ExportOptions("pdf", paper="A3", language="it"))
        english = tmp_path / "en.pdf"
        export_map(doc, english, ExportOptions("pdf", paper="A3", language="en"))
    finally:
        doc.close()
        print_language.print_labels.cache_clear()
    with pdfplumber.open(str(out)) as pdf:
        text = " ".join(pdf.pages[0].extract_text().split())
    for needle in ("Gravità 1", "Pagina 1 di 1", "CRITICITÀ", "Linea di visibilità",
                   "Stato attuale", "/ obiettivo 60"):
        assert needle in text, needle
    assert "Severity" not in text
    assert "Effort 2" in text  # untranslated words stay English
    with pdfplumber.open(str(english)) as pdf:
        assert "Severity 1" in pdf.pages[0].extract_text()


def _layout_translation(language: str, source: str) -> str:
    """A text's translation in context "Layout" of the shipped .ts catalogue."""
    import xml.etree.ElementTree as ET

    root = ET.parse(ROOT / "resources" / "translations" / f"mapstudio_{language}.ts")
    for context in root.getroot().iter("context"):
        if context.findtext("name") == "Layout":
            for message in context.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation")
    raise AssertionError(f"{source!r} is not translated into {language}")


def test_print_language_precedence(monkeypatch):
    monkeypatch.setattr(print_language, "interface_language", lambda: "en")
    assert print_language.print_language() == "en"
    assert print_language.print_language("", "ru") == "ru"
    assert print_language.print_language("it", "ru") == "it"
    assert print_language.print_language("", "ru_RU") == "ru"
    assert print_language.print_language("", "de") == "en"  # not shipped: the interface's
    assert print_language.supported("pl-PL") == "pl" and print_language.supported("") == ""


def test_russian_template_prints_russian_for_an_english_interface(tmp_path, monkeypatch):
    """A Russian client's map prints its captions in Russian for an English-speaking
    consultant; the export option still overrides the project's language."""
    from mapstudio.store import Document
    from mapstudio.templates import catalogue

    if i18n.qm_file("ru") is None:
        pytest.skip("the Russian catalogue cannot be compiled here")
    monkeypatch.setattr(print_language, "interface_language", lambda: "en")
    doc = Document.create(tmp_path / "ru.mapstudio",
                          data=catalogue.instantiate("ru-pokupka-elektroniki-current"))
    try:
        assert doc.project().settings.language == "ru"
        russian, english = tmp_path / "ru.pdf", tmp_path / "en.pdf"
        export_map(doc, russian, ExportOptions("pdf", paper="A3"))
        export_map(doc, english, ExportOptions("pdf", paper="A3", language="en"))
    finally:
        doc.close()
    with pdfplumber.open(str(russian)) as pdf:
        text = " ".join(pdf.pages[0].extract_text().split())
    pain = _layout_translation("ru", "Pain points").upper()
    personas = _layout_translation("ru", "Personas: {0}").split("{0}")[0].strip()
    assert pain in text and pain != "PAIN POINTS"
    assert personas in text and "Personas:" not in text
    assert _layout_translation("ru", "Severity {0}").replace("{0}", "3") in text
    assert "Severity" not in text and "PAIN POINTS" not in text
    assert "62 % / " in text and "3,1 %" in text  # a decimal comma in Russian
    with pdfplumber.open(str(english)) as pdf:
        text = " ".join(pdf.pages[0].extract_text().split())
    assert "Personas:" in text and "PAIN POINTS" in text and "3.1 %" in text
