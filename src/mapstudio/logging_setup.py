"""One log file per user, in the platformdirs log folder, moved aside to `.1` … `.5`
when it passes 1 MB.

The crash dialog names this file so a user can attach it to a bug report. Set-up is
idempotent and never fails the application: an unwritable folder just means no file log.
`MAPSTUDIO_LOG_DIR` overrides the folder (tests, portable installs).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import platformdirs

LOG_NAME = "mapstudio.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class SessionLogHandler(logging.FileHandler):
    """The log file, rolled over by size like `logging.handlers.RotatingFileHandler`,
    which is not used because its module (sockets, pickle, queues) costs 10 ms before the
    first window paints."""

    def __init__(self, path: Path) -> None:
        roll_over(path, MAX_BYTES)  # a long log from earlier runs
        super().__init__(path, encoding="utf-8", delay=True)

    def emit(self, record: logging.LogRecord) -> None:
        super().emit(record)
        if self.stream is not None and self.stream.tell() > MAX_BYTES:
            self.close()  # reopened by the next record, after the move
            roll_over(Path(self.baseFilename), MAX_BYTES)


def roll_over(path: Path, limit: int, keep: int = BACKUP_COUNT) -> None:
    """Move `path` to `path`.1 (and .1 to .2 …, dropping the oldest) if it is over `limit`."""
    try:
        if not path.exists() or path.stat().st_size <= limit:
            return
        for index in range(keep - 1, 0, -1):
            older = path.with_name(f"{path.name}.{index}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{index + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))
    except OSError:  # a log that cannot move keeps growing: never fail the application
        pass


_handler: SessionLogHandler | None = None


def log_dir() -> Path:
    override = os.environ.get("MAPSTUDIO_LOG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir("mapstudio", appauthor=False))


def log_file() -> Path:
    """Where the log is (or would be) written."""
    if _handler is not None:
        return Path(_handler.baseFilename)
    return log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO, qt_messages: bool = True) -> Path | None:
    """Attach the log file's handler to the root logger; returns the log path or None."""
    global _handler
    root = logging.getLogger()
    wanted = log_dir() / LOG_NAME
    if _handler is not None and Path(_handler.baseFilename) == wanted.resolve():
        return wanted
    shutdown_logging()
    try:
        wanted.parent.mkdir(parents=True, exist_ok=True)
        handler = SessionLogHandler(wanted)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _handler = handler
    if qt_messages:
        _route_qt_messages()
    logging.getLogger("mapstudio").info("logging to %s", wanted)
    return wanted


def shutdown_logging() -> None:
    """Detach and close our handler (tests switch folders between runs)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


def _route_qt_messages() -> None:
    """Qt warnings (missing plugins, bad stylesheets) end up in the same file."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    logger = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind, context, message) -> None:
        logger.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)
