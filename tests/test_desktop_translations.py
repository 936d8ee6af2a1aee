"""Translations: every .ts complete, and no user-visible literal escaping tr()."""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("it", "pl", "es", "ru")
SCANNED = [ROOT / "src" / "mapstudio" / part for part in ("ui", "canvas", "commands")]
sys.path.insert(0, str(ROOT / "installers"))

# Calls whose string arguments end up on screen.
VISIBLE_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "addMenu", "setTitle", "addTab", "insertTab", "setTabText",
    "setLabelText", "setInformativeText", "setDetailedText", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "setHeaderLabels", "addRow", "setSuffix", "setPrefix",
    "setSpecialValueText", "showMessage", "addItem", "addItems", "setItemText",
    "information", "warning", "critical", "question", "about", "getText", "getItem",
    "setActionText",
}
VISIBLE_CLASSES = {"QAction", "QLabel", "QPushButton", "QToolButton", "QCheckBox",
                   "QRadioButton", "QGroupBox", "QMessageBox", "QMenu", "QDockWidget",
                   "QTreeWidgetItem", "QListWidgetItem", "QTableWidgetItem", "QCommandLinkButton"}
# addAction(text, ...) takes text first; addAction(icon, text, ...) second.
TEXT_ARG_METHODS = {"addAction"}
# File dialogs: (parent, caption, directory or default name, filter): the name is data.
FILE_DIALOGS = {"getOpenFileName", "getSaveFileName", "getExistingDirectory",
                "getOpenFileNames"}


def _words(text: str) -> bool:
    """Does a literal carry words a user reads (not markup, symbols or placeholders)?"""
    text = re.sub(r"<[^>]+>", " ", text)           # HTML tags
    text = re.sub(r"&[a-z]+;|\{[^}]*\}|%[sdn1-9]", " ", text)  # entities, placeholders
    text = re.sub(r"\*\.[A-Za-z0-9]+", " ", text)   # file globs in filters
    text = re.sub(r"\b[a-z]+://\S*", " ", text)    # URLs, e.g. a "https://…" placeholder
    return bool(re.search(r"[^\W\d_]{2,}", text))


def _literal_text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal_text(node.left), _literal_text(node.right)
        return (left or "") + " " + (right or "") if (left or right) else None
    if isinstance(node, ast.List | ast.Tuple):
        parts = [_literal_text(e) for e in node.elts]
        return " ".join(p for p in parts if p) or None
    return None


def _call_name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    if isinstance(call.func, ast.Name):
        return call.func.id
    return ""


def untranslated_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    problems = []
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call):
            continue
        name = _call_name(call)
        receiver = getattr(call.func, "value", None)
        if isinstance(receiver, ast.Name) and receiver.id in ("log", "logger", "logging"):
            continue  # the log is for a bug report, in English
        if name in FILE_DIALOGS:
            candidates = [a for i, a in enumerate(call.args) if i in (1, 3)]
        elif name in VISIBLE_METHODS or name in VISIBLE_CLASSES:
            candidates = list(call.args)
        elif name in TEXT_ARG_METHODS:
            candidates = call.args[:2]
        else:
            continue
        for arg in candidates:
            text = _literal_text(arg)
            if text is not None and _words(text):
                rel = path.relative_to(ROOT).as_posix()
                problems.append(f"{rel}:{call.lineno}: {name}({text.strip()[:50]!r})")
    return problems


def test_no_user_visible_literal_escapes_tr():
    problems = []
    for folder in SCANNED:
        for path in sorted(folder.rglob("*.py")):
            problems += untranslated_literals(path)
    assert not problems, "wrap these in self.tr() / QCoreApplication.translate():\n" + \
        "\n".join(problems)


def test_the_scanner_catches_escapes(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label = QLabel('Hello world')\n"
        "button.setToolTip(self.tr('Fine'))\n"
        "menu.addAction(icon, 'Delete card', slot)\n"
        "title.setText(f'<h1>{APP_NAME}</h1>')\n"
        "box.setWindowTitle(f'Export {name}')\n"
        "QFileDialog.getSaveFileName(self, self.tr('Save'), title + '.mapstudio')\n"
        "spin.setSuffix(' %')\n"
        "link.setPlaceholderText('https://…')\n", encoding="utf-8")
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        found = untranslated_literals(sample)
    finally:
        ROOT = saved
    assert [f.split(":")[1] for f in found] == ["1", "3", "5"], found


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_file_is_complete(language):
    path = TRANSLATIONS / f"mapstudio_{language}.ts"
    root = ET.parse(path).getroot()
    assert root.get("language", "").startswith(language)
    problems = []
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "")
            if kind in ("vanished", "obsolete"):
                continue
            count += 1
            source = message.findtext("source") or ""
            text = translation.text or ""
            if kind == "unfinished" or not text.strip():
                problems.append(f"{name}: {source!r} is not translated")
                continue
            if set(re.findall(r"\{[^}]*\}", source)) != set(re.findall(r"\{[^}]*\}", text)):
                problems.append(f"{name}: {source!r} -> {text!r} changes the placeholders")
            if source.count("&") - source.count("&&") > 0 and "&" not in text:
                problems.append(f"{name}: {source!r} -> {text!r} lost its keyboard accelerator")
    assert count > 0
    assert not problems, f"{len(problems)} problems in {path.name}:\n" + "\n".join(problems)


def test_ts_files_are_current_with_the_sources():
    """Every message in the code is in every .ts (run installers/update_translations.py)."""
    import update_translations

    messages, _ = update_translations.extract()
    wanted = {(m.context, m.source) for m in messages}
    for language in LANGUAGES:
        known = update_translations.read_ts(TRANSLATIONS / f"mapstudio_{language}.ts")
        have = {(c, s) for (c, s, _comment) in known}
        missing = sorted(wanted - have)
        assert not missing, f"{language}: {len(missing)} new strings, first {missing[:5]}"


# Names that stay as they are in every language.
PROPER_NOUNS = re.compile(r"Map Studio|PySide6|Python|Qt|KPI|Mermaid|Esc|mapstudio|"
                          r"png|jpe?g|gif|webp|bmp|dpi|CMYK|PDF|PNG|SVG|CSV|"
                          r"Shift|Ctrl|Alt|Enter|Tab|Delete|Backspace|Insert|F\d+")  # keys


def test_russian_translations_are_not_left_in_english():
    root = ET.parse(TRANSLATIONS / "mapstudio_ru.ts").getroot()
    leftovers = []
    for message in root.iter("message"):
        text = PROPER_NOUNS.sub(" ", message.findtext("translation") or "")
        text = re.sub(r"<[^>]+>|\{[^}]*\}", " ", text)
        if re.search(r"[A-Za-z]{4,}", text) and not re.search(r"[А-Яа-яЁё]", text):
            leftovers.append(message.findtext("source"))
    assert not leftovers, leftovers[:20]


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_differ_from_english(language):
    """A .ts "translated" by copying the English would pass the completeness test."""
    root = ET.parse(TRANSLATIONS / f"mapstudio_{language}.ts").getroot()
    pairs = [(m.findtext("source") or "", m.findtext("translation") or "")
             for m in root.iter("message")]
    worded = [(s, t) for s, t in pairs if _words(PROPER_NOUNS.sub(" ", s))]
    same = [s for s, t in worded if s == t]
    assert len(same) <= len(worded) // 10, same[:20]
