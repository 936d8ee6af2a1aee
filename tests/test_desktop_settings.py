"""Typed settings, rotating backups and the log file: no real user folders touched."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from mapstudio import backups, logging_setup
from mapstudio.settings import MAX_RECENT, ScaleDefault, Settings


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    monkeypatch.setenv("MAPSTUDIO_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setenv("MAPSTUDIO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MAPSTUDIO_CACHE_DIR", str(tmp_path / "cache"))
    QSettings("Map Studio", "mapstudio-test").clear()
    yield
    logging_setup.shutdown_logging()


@pytest.fixture
def settings(tmp_path):
    store = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    return Settings(store)


def test_defaults(settings):
    assert settings.language == ""
    assert settings.theme == "system"
    assert settings.default_scale == ScaleDefault(-2, 2)
    assert settings.default_paper == "auto"  # the smallest readable sheet
    assert settings.tile_paper == ""
    assert settings.backups_enabled and settings.backup_count == 10
    assert settings.snap_to_grid and not settings.show_grid
    assert settings.recent_files() == []


def test_values_persist_across_instances(tmp_path, settings):
    settings.language = "pl"
    settings.theme = "dark"
    settings.default_scale = ScaleDefault(1, 7)
    settings.default_paper = "A2"
    settings.tile_paper = "A4"
    settings.tile_overlap_mm = 15
    settings.backup_folder = tmp_path / "bk"
    settings.backup_count = 4
    settings.show_grid = True
    settings.snap_to_grid = False
    settings.grid_size = 16
    settings.sync()
    again = Settings(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    assert (again.language, again.theme, again.default_paper, again.tile_paper) == \
        ("pl", "dark", "A2", "A4")
    assert again.default_scale == ScaleDefault(1, 7)
    assert again.tile_overlap_mm == 15
    assert again.backup_folder == str(tmp_path / "bk") and again.backup_count == 4
    assert again.show_grid and not again.snap_to_grid and again.grid_size == 16


def test_bad_stored_values_fall_back(settings):
    store = settings.store
    store.setValue("ui/language", "klingon")
    store.setValue("ui/theme", "purple")
    store.setValue("maps/scaleMin", "5")
    store.setValue("maps/scaleMax", "1")
    store.setValue("print/paper", "B7")
    store.setValue("backup/count", "many")
    store.setValue("canvas/showGrid", "true")
    assert settings.language == "" and settings.theme == "system"
    assert settings.default_scale == ScaleDefault()
    assert settings.default_paper == "auto"
    assert settings.backup_count == 10
    assert settings.show_grid is True


def test_recent_files_newest_first_capped_and_pruned(tmp_path, settings):
    files = []
    for i in range(MAX_RECENT + 3):
        f = tmp_path / f"p{i}.mapstudio"
        f.write_bytes(b"x")
        files.append(f)
        settings.add_recent(f)
    recent = settings.recent_files()
    assert len(recent) == MAX_RECENT
    assert recent[0] == str(files[-1].resolve())
    settings.add_recent(files[-5])
    assert settings.recent_files()[0] == str(files[-5].resolve())
    files[-1].unlink()
    assert str(files[-1].resolve()) not in settings.prune_recent()
    assert len(settings.recent_files()) == MAX_RECENT - 1


def test_backups_rotate_keeping_n(tmp_path):
    source = tmp_path / "journey.mapstudio"
    root = tmp_path / "backups"
    made = []
    for i in range(7):
        source.write_bytes(f"version {i}".encode())
        made.append(backups.make_backup(source, keep=3, root=root))
    kept = backups.list_backups(source, root)
    assert len(kept) == 3
    assert [p.read_bytes() for p in kept] == [b"version 6", b"version 5", b"version 4"]
    assert kept[0] == made[-1]


def test_identical_version_is_not_kept_twice(tmp_path):
    source = tmp_path / "same.mapstudio"
    source.write_bytes(b"unchanged")
    root = tmp_path / "backups"
    assert backups.make_backup(source, keep=5, root=root) is not None
    assert backups.make_backup(source, keep=5, root=root) is None
    assert len(backups.list_backups(source, root)) == 1


def test_same_named_projects_in_different_folders_are_kept_apart(tmp_path):
    a, b = tmp_path / "a" / "p.mapstudio", tmp_path / "b" / "p.mapstudio"
    for f in (a, b):
        f.parent.mkdir()
        f.write_bytes(str(f).encode())
    assert backups.backup_folder_for(a) != backups.backup_folder_for(b)
    backups.make_backup(a, keep=2)
    assert str(backups.default_backup_root()).startswith(os.environ["MAPSTUDIO_DATA_DIR"])
    assert len(backups.list_backups(a)) == 1 and backups.list_backups(b) == []


def test_backup_of_an_open_document_and_restore(tmp_path):
    from mapstudio.store import Document

    path = tmp_path / "open.mapstudio"
    root = tmp_path / "backups"
    with Document.create(path, "Open project") as doc:
        first = backups.make_backup(path, document=doc, keep=2, root=root)
        doc.update_project(title="Renamed")
        second = backups.make_backup(path, document=doc, keep=2, root=root)
        assert first and second
    restored = backups.restore_backup(first, tmp_path / "restored.mapstudio")
    with Document.open(restored) as old:
        assert old.project().title == "Open project"
    with pytest.raises(FileExistsError):
        backups.restore_backup(first, restored)


def test_scheduler_backs_up_on_attach_and_after_changes(tmp_path, qapp):
    from mapstudio.store import Document

    store = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    settings = Settings(store)
    settings.backup_folder = tmp_path / "bk"
    settings.backup_count = 5
    path = tmp_path / "watched.mapstudio"
    doc = Document.create(path, "Watched")
    scheduler = backups.BackupScheduler(settings)
    assert scheduler.attach(doc) is not None
    assert scheduler.backup_if_changed() is None  # nothing changed yet
    doc.update_project(title="Changed")
    assert scheduler.dirty
    assert scheduler.backup_if_changed() is not None
    doc.update_project(title="Changed again")
    scheduler.detach()  # a last backup of the unsaved-to-backup change
    doc.close()
    assert len(backups.list_backups(path, tmp_path / "bk")) == 3


def test_logging_writes_to_the_private_log_folder(tmp_path):
    path = logging_setup.setup_logging()
    assert path == Path(os.environ["MAPSTUDIO_LOG_DIR"]) / "mapstudio.log"
    logging.getLogger("mapstudio.test").warning("hello log")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "hello log" in path.read_text(encoding="utf-8")
    assert logging_setup.log_file() == path


def test_the_log_rolls_over_by_size_at_start_and_while_running(tmp_path, monkeypatch):
    folder = Path(os.environ["MAPSTUDIO_LOG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mapstudio.log").write_text("old run\n" * 200, encoding="utf-8")
    (folder / "mapstudio.log.1").write_text("older run\n", encoding="utf-8")
    monkeypatch.setattr(logging_setup, "MAX_BYTES", 1000)
    path = logging_setup.setup_logging(qt_messages=False)
    # the long log of an earlier run moved aside, the one before it one step further
    assert (folder / "mapstudio.log.1").read_text(encoding="utf-8").startswith("old run")
    assert (folder / "mapstudio.log.2").read_text(encoding="utf-8") == "older run\n"
    logger = logging.getLogger("mapstudio.test")
    for index in range(40):
        logger.warning("line %d of a long session %s", index, "x" * 40)
    logger.warning("the last line")
    assert path.stat().st_size <= 1000 + 200  # rolled over while running
    assert "the last line" in path.read_text(encoding="utf-8")
    kept = "".join((folder / f"mapstudio.log.{i}").read_text(encoding="utf-8")
                   for i in (2, 1)) + path.read_text(encoding="utf-8")
    assert "line 20 of" in kept and "line 39 of" in kept  # the newest lines, in order
    assert kept.index("line 20 of") < kept.index("line 39 of") < kept.index("the last line")
    names = sorted(p.name for p in folder.glob("mapstudio.log*"))
    assert len(names) <= 1 + logging_setup.BACKUP_COUNT  # the oldest are dropped
