"""Extract user-visible strings into Qt Linguist .ts files and compile them to .qm.

    python installers/update_translations.py            # refresh the .ts files
    python installers/update_translations.py --compile  # .ts -> .qm (lrelease)
    python installers/update_translations.py --apply it=it.json  # fill from JSON

Why an ast extractor and not pyside6-lupdate: the code marks many strings through small
module helpers (`def _tr(text): return QCoreApplication.translate("MainWindow", text)`),
which lupdate cannot follow. This extractor understands `self.tr("…")` (context: the
enclosing class, as PySide6 looks it up), `QCoreApplication.translate("Ctx", "…")`,
`QT_TRANSLATE_NOOP("Ctx", "…")` and calls to such helpers. Existing translations are kept
when the (context, source) pair survives; vanished messages are marked obsolete, so a
translator's work is never lost. The output is the XML Qt Linguist reads and writes.
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "src" / "mapstudio" / part for part in ("ui", "canvas", "commands")]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"it": "it_IT", "pl": "pl_PL", "es": "es_ES", "ru": "ru_RU"}
CATALOGUE = "mapstudio"
TRANSLATE_FUNCS = {"translate", "QT_TRANSLATE_NOOP"}


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    locations: list[tuple[str, int]] = field(default_factory=list)


def _string(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _helper_contexts(tree: ast.Module) -> dict[str, str]:
    """Module functions of the form `def f(text): return <...>.translate("Ctx", text)`."""
    helpers = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        param = node.args.args[0].arg
        for inner in ast.walk(node):
            if isinstance(inner, ast.Call) and _call_name(inner) in TRANSLATE_FUNCS \
                    and len(inner.args) >= 2 and _string(inner.args[0]) is not None \
                    and isinstance(inner.args[1], ast.Name) and inner.args[1].id == param:
                helpers[node.name] = _string(inner.args[0])
    return helpers


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _module_name(path: Path) -> str | None:
    src = ROOT / "src"
    if src not in path.parents:
        return None
    return ".".join(path.relative_to(src).with_suffix("").parts)


def _constant_strings(module_name: str | None, names: set[str]) -> list[str]:
    """String values of module constants (str, or dict/list of str) named in a tr() call.

    `self.tr(LABELS[kind])` translates a table defined elsewhere, often built at import
    time; importing the module is the reliable way to list what it can pass.
    """
    if not module_name or not names:
        return []
    import importlib

    sys.path.insert(0, str(ROOT / "src"))
    try:
        module = importlib.import_module(module_name)
    finally:
        sys.path.remove(str(ROOT / "src"))
    found: list[str] = []
    for name in sorted(names):
        value = getattr(module, name, None)
        if isinstance(value, dict):
            value = list(value.values())
        if isinstance(value, str):
            value = [value]
        if isinstance(value, list | tuple):
            found += [v for v in value if isinstance(v, str) and v]
    return found


def _caps_names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and n.id.isupper()}


def _table_names(text_node: ast.AST, parents: dict[ast.AST, ast.AST]) -> set[str]:
    """Constants a non-literal tr() argument draws from: named in it, or in the loop/
    comprehension that binds its variables."""
    names = _caps_names(text_node)
    if names:
        return names
    variables = {n.id for n in ast.walk(text_node) if isinstance(n, ast.Name)}
    node = text_node
    while node in parents:
        node = parents[node]
        generators = []
        if isinstance(node, ast.For):
            generators = [(node.target, node.iter)]
        elif isinstance(node, ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp):
            generators = [(g.target, g.iter) for g in node.generators]
        for target, source in generators:
            bound = {n.id for n in ast.walk(target) if isinstance(n, ast.Name)}
            if bound & variables:
                return _caps_names(source)
    return set()


def extract_file(path: Path, base: Path = ROOT) -> tuple[list[Message], list[str]]:
    """Messages in one file, and warnings (e.g. f-strings passed to tr())."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    helpers = _helper_contexts(tree)
    rel = path.relative_to(base).as_posix() if base in path.parents else path.as_posix()
    messages: list[Message] = []
    warnings: list[str] = []

    def visit(node: ast.AST, class_name: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                name = _call_name(child)
                context = source = None
                comment_node = None
                if name == "tr" and isinstance(child.func, ast.Attribute) and child.args:
                    context, source = class_name, _string(child.args[0])
                    comment_node = child.args[1] if len(child.args) > 1 else None
                    text_node = child.args[0]
                elif name in TRANSLATE_FUNCS and len(child.args) >= 2:
                    context, source = _string(child.args[0]), _string(child.args[1])
                    comment_node = child.args[2] if len(child.args) > 2 else None
                    text_node = child.args[1]
                    if context is None or (source is None and isinstance(
                            text_node, ast.Name) and not text_node.id.isupper()
                            and _is_parameter(text_node, child, parents)):
                        context = None  # a helper's own body, or a dynamic context
                        text_node = None
                elif name in helpers and isinstance(child.func, ast.Name) and child.args:
                    context, source = helpers[name], _string(child.args[0])
                    text_node = child.args[0]
                else:
                    text_node = None
                if text_node is not None and context and source is None:
                    table = _constant_strings(_module_name(path),
                                              _table_names(text_node, parents))
                    for text in table:
                        messages.append(Message(context, text, "", [(rel, child.lineno)]))
                    if not table:
                        warnings.append(f"{rel}:{child.lineno}: non-literal text passed to "
                                        f"{name}() cannot be translated")
                if context and source:
                    messages.append(Message(context, source, _string(comment_node) or "",
                                            [(rel, child.lineno)]))
            visit(child, class_name)

    visit(tree, None)
    return messages, warnings


def _is_parameter(name: ast.Name, call: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """Is `name` a parameter of the function around `call` (a translate helper's body)?"""
    node = call
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            return name.id in {a.arg for a in node.args.args}
    return False


def extract(sources: list[Path] = SOURCES) -> tuple[list[Message], list[str]]:
    merged: dict[tuple[str, str, str], Message] = {}
    warnings: list[str] = []
    for folder in sources:
        for path in sorted(folder.rglob("*.py")):
            found, warned = extract_file(path)
            warnings += warned
            for message in found:
                key = (message.context, message.source, message.comment)
                if key in merged:
                    merged[key].locations += message.locations
                else:
                    merged[key] = message
    return sorted(merged.values(), key=lambda m: (m.context, m.locations[0])), warnings


def read_ts(path: Path) -> dict[tuple[str, str, str], str]:
    """(context, source, comment) -> translation, for finished and unfinished entries."""
    if not path.exists():
        return {}
    known = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text if translation is not None and translation.text else ""
            known[(name, message.findtext("source") or "", message.findtext("comment") or "")] \
                = text
    return known


def write_ts(path: Path, language: str, messages: list[Message],
             translations: dict[tuple[str, str, str], str]) -> tuple[int, int]:
    """Write the .ts; returns (messages, unfinished)."""
    root = ET.Element("TS", version="2.1", language=LANGUAGES[language], sourcelanguage="en")
    unfinished = 0
    current = None
    live = set()
    for message in messages:
        if current is None or current.findtext("name") != message.context:
            current = ET.SubElement(root, "context")
            ET.SubElement(current, "name").text = message.context
        node = ET.SubElement(current, "message")
        for filename, line in message.locations:
            ET.SubElement(node, "location", filename=f"../../{filename}", line=str(line))
        ET.SubElement(node, "source").text = message.source
        if message.comment:
            ET.SubElement(node, "comment").text = message.comment
        key = (message.context, message.source, message.comment)
        live.add(key)
        text = translations.get(key, "")
        translation = ET.SubElement(node, "translation")
        if text:
            translation.text = text
        else:
            translation.set("type", "unfinished")
            unfinished += 1
    obsolete = [(k, v) for k, v in translations.items() if k not in live and v]
    for (context, source, comment), text in sorted(obsolete):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        node = ET.SubElement(ctx, "message")
        ET.SubElement(node, "source").text = source
        if comment:
            ET.SubElement(node, "comment").text = comment
        ET.SubElement(node, "translation", type="vanished").text = text
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return len(messages), unfinished


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"{CATALOGUE}_{language}.ts"


def update(languages=LANGUAGES) -> None:
    messages, warnings = extract()
    for warning in warnings:
        print("warning:", warning, file=sys.stderr)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in languages:
        path = ts_path(language)
        total, unfinished = write_ts(path, language, messages, read_ts(path))
        print(f"{path.name}: {total} messages, {unfinished} unfinished")


def apply_json(language: str, json_path: Path) -> None:
    """Fill translations from {context: {source: translation}} or {source: translation}.

    The flat form gives one translation per source text in every context; the nested
    form wins where a context needs its own wording.
    """
    filled = json.loads(Path(json_path).read_text(encoding="utf-8"))
    flat = {k: v for k, v in filled.items() if isinstance(v, str)}
    path = ts_path(language)
    known = read_ts(path)
    for (context, source, comment) in list(known):
        nested = filled.get(context)
        text = (nested.get(source) if isinstance(nested, dict) else None) or flat.get(source)
        if text:
            known[(context, source, comment)] = text
    messages, _ = extract()
    total, unfinished = write_ts(path, language, messages, known)
    print(f"{path.name}: {total} messages, {unfinished} unfinished")


def lrelease() -> list[str]:
    import PySide6

    binary = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32"
                                              else "lrelease")
    if binary.exists():
        return [str(binary)]
    return [str(Path(sys.executable).with_name("pyside6-lrelease"))]


def compile_all() -> list[Path]:
    """Compile every .ts next to itself (build and install time)."""
    built = []
    for ts in sorted(TRANSLATIONS.glob(f"{CATALOGUE}_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([*lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile", action="store_true", help="only compile .ts to .qm")
    parser.add_argument("--apply", action="append", default=[], metavar="LANG=FILE.json")
    args = parser.parse_args(argv)
    if args.compile:
        for qm in compile_all():
            print("compiled", qm.relative_to(ROOT))
        return 0
    if args.apply:
        for item in args.apply:
            language, _, json_file = item.partition("=")
            apply_json(language, Path(json_file))
        return 0
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
