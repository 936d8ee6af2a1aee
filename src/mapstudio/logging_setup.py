"""One rotating log file per user, in the platformdirs log folder.

The crash dialog names this file so a user can attach it to a bug report. Set-up is
idempotent and never fails the application: an unwritable folder just means no file log.
`MAPSTUDIO_LOG_DIR` overrides the folder (tests, portable installs).
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

LOG_NAME = "mapstudio.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

_handler: RotatingFileHandler | None = None


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
    """Attach the rotating file handler to the root logger; returns the log path or None."""
    global _handler
    root = logging.getLogger()
    wanted = log_dir() / LOG_NAME
    if _handler is not None and Path(_handler.baseFilename) == wanted.resolve():
        return wanted
    shutdown_logging()
    try:
        wanted.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(wanted, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                      encoding="utf-8", delay=True)
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
