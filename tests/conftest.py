import os
import sys

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_exit_status = 0


def pytest_configure(config) -> None:
    """One QApplication for the whole run, made first: an export test running before the
    GUI tests would otherwise leave the exporter's QGuiApplication, on which no widget
    can be built (Qt aborts)."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        config._mapstudio_app = QApplication(["mapstudio-tests"])


def pytest_sessionfinish(session, exitstatus) -> None:
    global _exit_status
    _exit_status = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config) -> None:
    """Leave without Python's final garbage collection of Qt objects.

    Every test closes what it opens, but widgets, scenes and the QApplication that are
    still referenced at interpreter exit are destroyed in arbitrary order, which can
    crash PySide6 after all results are in and turn a green run into exit code 139.
    """
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        if isinstance(app, QApplication):  # a run of export tests alone has a QGuiApplication
            app.closeAllWindows()
        app.processEvents()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_exit_status)


@pytest.fixture
def pg_url():
    """A fresh, initialised workspace database on the server of MAPSTUDIO_PG_URL (the
    test is skipped, naming .ci/postgres.sh, when it is not set)."""
    from tests.workspace_helpers import fresh_database, server_url

    with fresh_database(server_url()) as url:
        yield url


@pytest.fixture(scope="session")
def pg_shared():
    """One workspace database for the whole run: tests that only need a fresh project
    (not a fresh database) publish one under a unique name, which is much faster."""
    from tests.workspace_helpers import fresh_database, server_url

    with fresh_database(server_url()) as url:
        yield url
