"""GUI entry: the QApplication set-up shared by the app, tests and benchmarks.

Start-up order matters: the log file first (so everything after is recorded), then the
saved preferences (translators must be installed before any widget is built, and the
palette before windows are shown), then the exception hook that turns a bug in a slot into
a dialog instead of a silent failure, and only then the main window.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from . import APP_NAME, __version__
from .paths import resource_path

ORGANISATION = "Map Studio"
APPLICATION = "mapstudio"

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None, *,
                       fonts_after_paint: bool = False) -> QApplication:
    """The QApplication with Map Studio's names; the map's fonts are registered on the
    first event-loop turn, or (`fonts_after_paint`) by the caller after its first paint."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain("mapstudio.io")
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.mapstudio.MapStudio")  # Wayland: match the .desktop entry
    # The map's fonts are not needed to paint the start screen, and the first map font
    # asked for registers them anyway.
    if not fonts_after_paint:
        QTimer.singleShot(0, _register_map_fonts)
    return app


def _register_map_fonts() -> None:
    from .canvas.fonts import register_fonts

    register_fonts()


def _fonts_and_icon() -> None:
    """What the first window does not need to paint: the map fonts, the window icon."""
    _register_map_fonts()
    icon = resource_path("icons/mapstudio-256.png")
    if icon.exists() and QApplication.instance() is not None:
        QApplication.instance().setWindowIcon(QIcon(str(icon)))


def prepare_gui(app: QApplication | None = None):
    """Log file, saved language and theme, exception hook; returns the hook.

    The hook finds the main window through the application's top-level widgets, so a
    crash dialog is parented to whichever window is open.
    """
    from . import i18n
    from .logging_setup import setup_logging
    from .ui.dialogs.crash_hook import install_exception_hook
    from .ui.window.theme import apply_preferences

    setup_logging()
    log.info("Map Studio %s starting", __version__)
    apply_preferences()
    log.info("interface language %s (%d catalogues), %s theme", i18n.current_language(),
             len(i18n.installed_files()), (app or QApplication.instance()).property(
                 "mapstudioEffectiveTheme"))
    return install_exception_hook(main_window)


def main_window():
    """The visible main window, if any (the crash dialog's parent)."""
    app = QApplication.instance()
    if app is None:
        return None
    from .ui.window.main_window import MainWindow

    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    visible = [w for w in windows if w.isVisible()]
    return (visible or windows or [None])[0]


def run_gui(path: Path | None = None, remember: bool = True, demo: bool = False) -> int:
    """The editor on `path`, on a fresh demo copy (`demo`), or on the start screen.

    The window paints first; the project (SQLAlchemy, the file's checks, the map's layout)
    opens right after that first paint, so something shows at once."""
    app = create_application(fonts_after_paint=True)
    hook = prepare_gui(app)
    from .ui.window.main_window import MainWindow

    window = MainWindow(panels_later=True)
    pending = demo or path is not None

    def first_turn() -> None:
        """After the first paint: the docks (hidden on the start screen anyway), fonts and
        icon; then, on the next turn, the project."""
        window.build_panels()
        _fonts_and_icon()
        if pending:
            QTimer.singleShot(0, window.open_demo if demo else
                              lambda: _open_target(window, path, remember))

    if os.environ.get(FIRST_PAINT_ENV):
        report_first_paint(app, window, wait_for_map=pending)
    if pending:
        window.show_opening(None if demo else Path(str(path).rpartition("#")[2] or path))
    after_first_paint(app, window, first_turn)
    window.show()
    if os.environ.get("MAPSTUDIO_SMOKE_TEST"):
        return _smoke_test(app, window, hook)
    try:
        return app.exec()
    finally:
        hook.uninstall()


def _open_target(window, path, remember: bool) -> bool:
    """A project file, or a workspace project `URL#PROJECT`."""
    from .cli.workspace_arguments import is_workspace_target

    if is_workspace_target(path):
        return window.workspace.open(path)
    return window.open_path(Path(path), remember=remember)


class _PaintWatcher(QObject):
    """Calls `on_paint(widget)` for paint events inside `window` until it returns True."""

    def __init__(self, app: QApplication, window, on_paint) -> None:
        super().__init__(app)
        self.window, self.on_paint = window, on_paint
        app.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and (
                obj is self.window or self.window.isAncestorOf(obj)):
            if self.on_paint(obj):
                QApplication.instance().removeEventFilter(self)
                self.deleteLater()
        return False


def after_first_paint(app: QApplication, window, callback) -> None:
    """Run `callback` on the event-loop turn after `window` first painted."""
    def painted(_widget) -> bool:
        QTimer.singleShot(0, callback)
        return True

    _PaintWatcher(app, window, painted)


FIRST_PAINT_ENV = "MAPSTUDIO_FIRST_PAINT"


def report_first_paint(app: QApplication, window, wait_for_map: bool = False) -> None:
    """Start-up benchmark hook (`MAPSTUDIO_FIRST_PAINT=1`, see benchmarks/startup_bench.py).

    Prints `mapstudio-first-paint <epoch seconds> <peak RSS KiB>` when the window first
    paints; with `wait_for_map`, also `mapstudio-map-painted …` once the map's canvas has
    painted; then closes the window."""
    import time

    state = {"first": False}

    def painted(widget) -> bool:
        if not state["first"]:
            state["first"] = True
            print(f"mapstudio-first-paint {time.time():.6f} {_peak_rss_kib()}", flush=True)
        view = getattr(window, "view", None)
        if wait_for_map and (view is None or widget is not view.viewport()):
            return False
        if wait_for_map:
            print(f"mapstudio-map-painted {time.time():.6f} {_peak_rss_kib()}", flush=True)
        QTimer.singleShot(0, window.close)
        return True

    _PaintWatcher(app, window, painted)


def _peak_rss_kib() -> int:
    try:
        import resource
    except ImportError:  # Windows
        return 0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _smoke_test(app: QApplication, window, hook) -> int:
    """Installers check a build starts: show the window (and every dialog of the Help and
    Edit menus), then quit; 1 if anything raised on the way."""
    from PySide6.QtWidgets import QDialog

    def open_and_close_dialogs() -> None:
        for name in ("preferences", "shortcuts", "about"):
            QTimer.singleShot(50, lambda: [w.reject() for w in app.topLevelWidgets()
                                           if isinstance(w, QDialog) and w.isVisible()])
            window.actions[name].trigger()
        window.close()

    QTimer.singleShot(100, open_and_close_dialogs)
    try:
        code = app.exec()
    finally:
        hook.uninstall()
    failed = hook.dialog is not None
    log.info("smoke test %s", "failed" if failed else "passed")
    print(f"mapstudio: GUI smoke test {'failed' if failed else 'passed'}", file=sys.stderr)
    return 1 if failed else code
