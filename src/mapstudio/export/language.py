"""The language a print speaks: the words the layout and page furniture add to a map.

Chosen as: the export option, else the project's language (a Russian client's map prints
in Russian whoever exports it), else the language of the interface (the installed
translation in the app; the saved preference, else the system's, on the command line),
else English. The texts come from the same Qt catalogue as the interface (context
"Layout"), read with a QTranslator: QtCore only, no application object needed.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from ..layout import LABELS, Labels
from ..layout.labels import ENGLISH

log = logging.getLogger(__name__)

CONTEXT = "Layout"
ORGANISATION, APPLICATION = "Map Studio", "mapstudio"  # as the app registers itself


def interface_language() -> str:
    """The interface's language: what the running app shows, else the saved choice."""
    from PySide6.QtCore import QCoreApplication, QLocale, QSettings

    from .. import i18n

    if QCoreApplication.instance() is not None \
            and QCoreApplication.organizationName() == ORGANISATION:
        code = QLocale().name().split("_")[0].lower()  # install_translators sets it
        return code if code in i18n.SUPPORTED else "en"
    from ..settings import Settings

    try:
        preference = Settings(QSettings(ORGANISATION, APPLICATION)).language
    except Exception:  # noqa: BLE001 - unreadable preferences: follow the system
        preference = ""
    return i18n.resolve_language(preference)


def supported(code: str | None) -> str:
    """The shipped language a code names ("ru", "ru_RU" -> "ru"), or ""."""
    base = str(code or "").replace("-", "_").split("_")[0].strip().lower()
    from .options import LANGUAGES

    return base if base in LANGUAGES else ""


def print_language(option: str = "", project: str = "") -> str:
    """The export option, else the project's language, else the interface's."""
    return supported(option) or supported(project) or interface_language()


@lru_cache(maxsize=8)
def print_labels(language: str) -> Labels:
    """The layout's words in `language` (English where a text is not translated)."""
    if not language or language == "en":
        return ENGLISH
    from PySide6.QtCore import QTranslator

    from .. import i18n

    path = i18n.qm_file(language)
    if path is None:
        return ENGLISH
    translator = QTranslator()
    if not translator.load(str(path)):
        log.warning("cannot load translation %s", path)
        return ENGLISH
    return Labels({key: translator.translate(CONTEXT, text) for key, text in LABELS.items()},
                  language)
