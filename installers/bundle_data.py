"""What the PyInstaller bundle must carry besides Python code, shared by the spec and tests.

Kept apart from the spec so a test can check, without running PyInstaller, that every
file under resources/ ends up at mapstudio/resources inside the bundle (where
`mapstudio.paths` looks for it under sys._MEIPASS).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "mapstudio"
RESOURCES = ROOT / "resources"

# Files in the package that are read at run time from disk rather than imported:
# Alembic migrations (loaded from their folder by script_location), JSON schema, mako.
PACKAGE_DATA_SUFFIXES = (".json", ".mako", ".sql", ".txt")
MIGRATIONS = SRC / "store" / "migrations"

# Only Qt's own translations for the languages Map Studio speaks.
LANGUAGES = ("it", "pl", "es", "ru")
QT_TRANSLATION = re.compile(r"qt(base)?_(?P<lang>[a-z]{2})(_[A-Z]{2})?\.qm$")

# Qt modules Map Studio never imports (QtCore, QtGui, QtWidgets are all it needs).
QT_EXCLUDES = [
    f"PySide6.{name}" for name in (
        "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
        "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus",
        "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation",
        "QtMultimedia", "QtMultimediaWidgets", "QtNetworkAuth", "QtNfc", "QtOpenGL",
        "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtQml", "QtQuick",
        "QtQuick3D", "QtQuickControls2", "QtQuickWidgets", "QtRemoteObjects", "QtScxml",
        "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
        "QtStateMachine", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools",
        "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets",
        "QtWebSockets", "QtWebView", "QtXml", "QtCanvasPainter",
    )
]
PYTHON_EXCLUDES = ["tkinter", "_tkinter", "pytest", "_pytest", "hypothesis", "pytestqt",
                   "IPython", "numpy", "matplotlib", "pandas", "pdfplumber", "pypdf",
                   "setuptools", "pip", "PyInstaller"]


def datas() -> list[tuple[str, str]]:
    """(source, destination folder) pairs in PyInstaller's `datas` format."""
    pairs = [(str(RESOURCES), "mapstudio/resources"),
             (str(MIGRATIONS), "mapstudio/store/migrations")]
    for path in sorted(SRC.rglob("*")):
        if path.is_file() and path.suffix in PACKAGE_DATA_SUFFIXES \
                and MIGRATIONS not in path.parents and "__pycache__" not in path.parts:
            pairs.append((str(path), str(path.parent.relative_to(SRC.parent))))
    return pairs


def bundled_path(source: Path, pairs: list[tuple[str, str]] | None = None) -> str | None:
    """Where a repository file lands inside the bundle, or None if it is not bundled."""
    source = Path(source).resolve()
    for src, dest in pairs if pairs is not None else datas():
        src_path = Path(src).resolve()
        if source == src_path:
            return f"{dest}/{source.name}"
        if src_path.is_dir() and src_path in source.parents:
            return f"{dest}/{source.relative_to(src_path).as_posix()}"
    return None


def keep_qt_data(dest: str) -> bool:
    """Filter for Analysis.datas: only Qt's base translations for the languages we ship."""
    dest = dest.replace("\\", "/")
    if not dest.startswith("PySide6/") or "/translations/" not in dest:
        return True
    match = QT_TRANSLATION.match(dest.rsplit("/", 1)[-1])
    return bool(match) and match.group("lang") in LANGUAGES


def version() -> str:
    text = (SRC / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__\s*=\s*"([^"]+)"', text).group(1)
