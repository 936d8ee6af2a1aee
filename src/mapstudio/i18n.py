"""Interface language: pick it (preference, else the system), compile and install translators.

Translations ship as Qt Linguist `.ts` sources in resources/translations; the build step
compiles them to `.qm` next to them. In a checkout a `.qm` may be missing or older than its
`.ts`: then it is compiled with PySide6's lrelease into the user cache folder, so a
developer never runs stale translations. Qt's own strings (standard buttons, file dialogs)
come from the `qtbase_<lang>.qm` that PySide6 ships. QtCore only: usable before any widget.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .model.catalogues import LANGUAGES, NATIVE_NAMES  # noqa: F401 - NATIVE_NAMES re-exported
from .paths import resource_path

log = logging.getLogger(__name__)

SUPPORTED = LANGUAGES
CATALOGUE = "mapstudio"

_installed: list[QTranslator] = []
_current = {"language": "en"}


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def resolve_language(preference: str = "") -> str:
    """The language to use: the saved preference if supported, else the system's, else en."""
    return preference if preference in SUPPORTED else system_language()


def translations_dir() -> Path:
    return resource_path("translations")


def cache_dir() -> Path:
    base = os.environ.get("MAPSTUDIO_CACHE_DIR") or platformdirs.user_cache_dir(
        "mapstudio", appauthor=False)
    return Path(base) / "translations"


def lrelease_command() -> list[str] | None:
    """How to run Qt's lrelease here, or None (frozen builds ship compiled .qm files)."""
    if getattr(sys, "frozen", False):
        return None
    try:
        import PySide6
    except ImportError:  # pragma: no cover
        return None
    binary = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    if binary.exists():
        return [str(binary)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def compile_ts(ts: Path, qm: Path) -> bool:
    import subprocess  # only a checkout with a changed catalogue runs lrelease

    command = lrelease_command()
    if command is None:
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    try:
        result = subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)],
                                capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease failed for %s: %s", ts, exc)
        return False
    if result.returncode != 0 or not qm.exists():
        log.warning("lrelease failed for %s: %s", ts, result.stderr.strip())
        return False
    return True


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime)


def qm_file(language: str) -> Path | None:
    """A current compiled catalogue for `language`, compiling into the cache if needed."""
    if language == "en":
        return None
    ts = translations_dir() / f"{CATALOGUE}_{language}.ts"
    bundled = translations_dir() / f"{CATALOGUE}_{language}.qm"
    if _fresh(bundled, ts):
        return bundled
    if not ts.exists():
        return bundled if bundled.exists() else None
    cached = cache_dir() / f"{CATALOGUE}_{language}.qm"
    if _fresh(cached, ts) or compile_ts(ts, cached):
        return cached
    return bundled if bundled.exists() else None


def install_translators(preference: str = "") -> str:
    """Replace the installed translators with those of the chosen language; returns it.

    Widgets built afterwards speak the new language; open windows are retranslated when
    they rebuild their texts (or after a restart).
    """
    app = QCoreApplication.instance()
    language = resolve_language(preference)
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    _current["language"] = language
    QLocale.setDefault(QLocale(language))
    if app is None or language == "en":
        return language
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for path in (qm_file(language), Path(qt_dir) / f"qtbase_{language}.qm"):
        if path is None or not path.exists():
            continue
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("cannot load translation %s", path)
    return language


def installed_files() -> list[str]:
    return [t.filePath() for t in _installed]


def current_language() -> str:
    """The language the last install_translators() chose."""
    return _current["language"]
