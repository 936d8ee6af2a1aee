"""GUI entry: the QApplication set-up shared by the app, tests and benchmarks."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from . import APP_NAME, __version__
from .paths import resource_path

ORGANISATION = "Map Studio"
APPLICATION = "mapstudio"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain("mapstudio.io")
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = resource_path("icons/mapstudio-256.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    from .canvas.fonts import register_fonts

    register_fonts()
    return app


def run_gui(path: Path | None = None) -> int:
    app = create_application()
    from .ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if path is not None:
        window.open_path(Path(path))
    return app.exec()
