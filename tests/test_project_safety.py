"""Never lose a project: journals, replacements, writes over inputs, two writers, an
honest check, leftovers. Every case works on real files, real crashes and real locks."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.safety_helpers import card_titles, crash_mid_write, integrity, make_project, sha

from mapstudio.cli import main
from mapstudio.files import ProjectLock, ProjectLockedError, is_leftover, sweep_leftovers
from mapstudio.model import Card
from mapstudio.store import Document, JournalRefusedError

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def cli(capsys, *args) -> tuple[int, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.err


# ---- a crash, then --force -------------------------------------------------------------

@pytest.mark.parametrize("how", ["new", "import"])
def test_replacing_a_crashed_project_leaves_no_old_journal(tmp_path, capsys, how):
    target = make_project(tmp_path / "X.mapstudio", "Old")
    crash_mid_write(target)
    if how == "new":
        code, err = cli(capsys, "new", target, "--force", "--title", "Fresh")
    else:
        source = tmp_path / "fresh.json"
        make_project(tmp_path / "fresh.mapstudio", "Fresh", cards=5)
        assert cli(capsys, "export", tmp_path / "fresh.mapstudio", "-o", source)[0] == 0
        code, err = cli(capsys, "import", source, "-o", target, "--force")
    assert code == 0, err
    assert not target.with_name("X.mapstudio-journal").exists()
    assert integrity(target) == "ok"
    with Document.open(target) as doc:
        assert doc.project().title == "Fresh"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


# ---- journals that are not this file's -------------------------------------------------

def test_readers_never_roll_back_a_hot_journal(tmp_path, capsys):
    path = make_project(tmp_path / "P.mapstudio")
    journal = crash_mid_write(path)
    before = (sha(path), sha(journal))
    for args in (["info", path], ["check", path], ["export", path, "-o", tmp_path / "o.json"],
                 ["export", path, "-o", tmp_path / "o.pdf"]):
        code, err = cli(capsys, *args)
        assert code == 3, args
        assert "open it in Map Studio to recover the last change" in err
        assert (sha(path), sha(journal)) == before, args
    assert not (tmp_path / "o.json").exists() and not (tmp_path / "o.pdf").exists()


def test_the_app_recovers_its_own_crash_on_a_copy(tmp_path):
    path = make_project(tmp_path / "P.mapstudio", cards=12)
    titles = card_titles(path)
    crash_mid_write(path)
    with Document.open(path) as doc:  # as the app opens it
        assert doc.project().title == "Bank"  # the unfinished change is undone
        bodies = {c.body for c in doc.load_map(doc.maps()[0].id).cards}
        assert not any("half-written" in b for b in bodies)
    assert card_titles(path) == titles
    assert integrity(path) == "ok"
    assert not path.with_name("P.mapstudio-journal").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["P.mapstudio"]


def test_a_journal_of_another_copy_is_refused_and_nothing_changes(tmp_path, capsys):
    """A sync tool left an older copy beside the newer file's crash journal."""
    path = make_project(tmp_path / "P.mapstudio")
    older = tmp_path / "older" / "P.mapstudio"
    older.parent.mkdir()
    shutil.copyfile(path, older)
    with Document.open(path) as doc:  # the newer file moves on...
        for i in range(5):
            doc.update_project(title=f"newer {i}")
    journal = crash_mid_write(path)  # ...and crashes
    stray = older.with_name("P.mapstudio-journal")
    shutil.copyfile(journal, stray)
    before = (sha(older), sha(stray))
    with pytest.raises(JournalRefusedError, match="another version of this file"):
        Document.open(older)
    assert (sha(older), sha(stray)) == before
    assert cli(capsys, "info", older)[0] == 3
    assert (sha(older), sha(stray)) == before
    assert sorted(p.name for p in older.parent.iterdir()) == ["P.mapstudio",
                                                              "P.mapstudio-journal"]


def test_a_forged_page_count_cannot_grow_the_file(tmp_path):
    path = make_project(tmp_path / "P.mapstudio")
    journal = crash_mid_write(path)
    data = bytearray(journal.read_bytes())
    data[16:20] = (0x00100000).to_bytes(4, "big")  # "the file held a million pages"
    journal.write_bytes(bytes(data))
    size, before = path.stat().st_size, (sha(path), sha(journal))
    with pytest.raises(JournalRefusedError, match="grow"):
        Document.open(path)
    assert path.stat().st_size == size
    assert (sha(path), sha(journal)) == before


# ---- writing over the input ------------------------------------------------------------

def test_export_and_import_refuse_to_write_over_their_input(tmp_path, capsys):
    path = make_project(tmp_path / "P.mapstudio")
    before = sha(path)
    code, err = cli(capsys, "export", path, "-o", path, "--format", "json", "--force")
    assert code == 3 and "is the input file" in err
    link = tmp_path / "link.json"
    os.symlink(path, link)
    code, err = cli(capsys, "export", path, "-o", link, "--format", "json", "--force")
    assert code == 3 and "is the input file" in err
    assert sha(path) == before
    source = tmp_path / "S.json"
    assert cli(capsys, "export", path, "-o", source)[0] == 0
    json_before = sha(source)
    code, err = cli(capsys, "import", source, "-o", source, "--force")
    assert code == 3 and "is the input file" in err
    assert sha(source) == json_before


# ---- one project, one writer -----------------------------------------------------------

HOLDER = r"""
import sys, time
from mapstudio.store import Document
doc = Document.open(sys.argv[1])
print("open", flush=True)
time.sleep(60)
"""


def _hold_in_another_process(path: Path) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE,
                             text=True)
    assert child.stdout.readline().strip() == "open"
    return child


def test_a_second_writer_is_refused_while_readers_still_work(tmp_path, capsys):
    path = make_project(tmp_path / "P.mapstudio")
    child = _hold_in_another_process(path)
    try:
        with pytest.raises(ProjectLockedError, match="is open in Map Studio"):
            Document.open(path)
        before = sha(path)
        code, err = cli(capsys, "new", path, "--force")
        assert code == 3 and "is open in Map Studio" in err
        assert sha(path) == before
        code, _ = cli(capsys, "info", path)  # readers still work
        assert code == 0
        with Document.open(path, read_only=True) as reader:
            assert reader.project().title == "Bank"
    finally:
        child.kill()
        child.wait()


def test_a_crashed_holder_leaves_no_stale_lock(tmp_path):
    path = make_project(tmp_path / "P.mapstudio")
    child = _hold_in_another_process(path)
    child.send_signal(signal.SIGKILL)
    child.wait()
    with Document.open(path) as doc:  # the dead process's lock went with it
        doc.update_project(title="after")
    assert [p.name for p in tmp_path.iterdir()] == ["P.mapstudio"]


def test_two_writers_through_the_api_never_see_database_is_locked(tmp_path):
    path = make_project(tmp_path / "P.mapstudio")
    with Document.open(path) as first:
        lane = first.load_map(first.maps()[0].id).lanes[0].id
        stage = first.load_map(first.maps()[0].id).stages[0].id
        refused = 0
        for i in range(50):
            first.add_card(Card(lane_id=lane, stage_id=stage, position=0, title=f"a{i}"))
            try:
                Document.open(path).close()
            except ProjectLockedError:
                refused += 1
        assert refused == 50
    assert len(card_titles(path)) == 80


def test_a_read_only_document_refuses_writes_plainly(tmp_path):
    from mapstudio.model import ReadOnlyError

    path = make_project(tmp_path / "P.mapstudio")
    before = sha(path)
    with Document.open(path, read_only=True) as doc:
        with pytest.raises(ReadOnlyError, match="open read-only"):
            doc.update_project(title="nope")
        assert doc.project().title == "Bank"
    assert sha(path) == before


# ---- an honest check -------------------------------------------------------------------

def _corrupt_card_index(path: Path) -> None:
    """The index on card cells made to describe another column: the rows are fine, the
    index is not, which only a full integrity check notices."""
    conn = sqlite3.connect(path)
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_master SET sql = replace(sql, 'position', 'title') "
                 "WHERE name = 'ix_card_cell'")
    conn.execute(f"PRAGMA schema_version={version + 1}")
    conn.commit()
    conn.close()


def test_check_finds_an_index_corruption_that_quick_check_misses(tmp_path, capsys):
    path = make_project(tmp_path / "P.mapstudio")
    _corrupt_card_index(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"  # blind to it
    conn.close()
    before = sha(path)
    code, err = cli(capsys, "check", path)
    assert code == 3
    assert "damaged" in err and "ix_card_cell" in err
    assert sha(path) == before


def test_check_names_a_damaged_row_and_says_ok_on_a_sound_file(tmp_path, capsys):
    path = make_project(tmp_path / "P.mapstudio")
    assert cli(capsys, "check", path) == (0, "")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE lane SET kind = 'wormhole' WHERE position = 1")
    conn.commit()
    conn.close()
    code, err = cli(capsys, "check", path)
    assert code == 3 and "'Mortgage'" in err and "wormhole" in err


def test_check_reports_a_broken_reference(tmp_path, capsys):
    path = make_project(tmp_path / "P.mapstudio")
    conn = sqlite3.connect(path)  # foreign keys are off in a plain connection
    conn.execute("UPDATE card SET lane_id = 'gone' WHERE position = 0")
    conn.commit()
    conn.close()
    code, err = cli(capsys, "check", path)
    assert code == 3 and "broken reference" in err


# ---- no leftovers ----------------------------------------------------------------------

def test_leftovers_of_interrupted_writes_are_swept_by_the_next_write(tmp_path, capsys):
    path = make_project(tmp_path / "P.mapstudio")
    names = [".P.mapstudio.0123456789ab.mstmp", ".P.mapstudio.0123456789ab.mstmp-journal",
             ".out.pdf.k2j4h5g6.part", ".P.mapstudio.abcdef012345.tmp",
             ".P.mapstudio.abcdef012345.tmp-journal"]
    for name in names:
        assert is_leftover(name)
        (tmp_path / name).write_bytes(b"interrupted")
    keep = tmp_path / ".hidden-notes.txt"
    keep.write_text("mine")
    assert cli(capsys, "export", path, "-o", tmp_path / "out.json")[0] == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".hidden-notes.txt", "P.mapstudio", "out.json"]


def test_a_temp_file_a_live_writer_holds_is_not_swept(tmp_path):
    busy = tmp_path / ".P.mapstudio.0123456789ab.mstmp"
    busy.write_bytes(b"being written")
    holder = subprocess.Popen([sys.executable, "-c", (
        "import fcntl, sys, time; f = open(sys.argv[1], 'rb'); "
        "fcntl.flock(f, fcntl.LOCK_EX); print('held', flush=True); time.sleep(60)"),
        str(busy)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        assert sweep_leftovers(tmp_path) == []
        assert busy.exists()
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.05)
    assert sweep_leftovers(tmp_path) == [busy]


def test_the_lock_is_released_with_the_document(tmp_path):
    path = make_project(tmp_path / "P.mapstudio")
    doc = Document.open(path)
    with pytest.raises(ProjectLockedError):
        ProjectLock.acquire(path)
    doc.close()
    ProjectLock.acquire(path).release()


def test_replacing_a_project_whose_journal_is_refused_sets_the_journal_aside(tmp_path, capsys):
    """The old journal is dealt with before the rename, so no moment pairs it with the
    new file (a kill there used to leave a new project nobody could open)."""
    path = make_project(tmp_path / "X.mapstudio", "Old")
    journal = crash_mid_write(path)
    data = bytearray(journal.read_bytes())
    data[16:20] = (0x00100000).to_bytes(4, "big")  # a journal that can never be applied
    journal.write_bytes(bytes(data))
    code, err = cli(capsys, "new", path, "--force", "--title", "Fresh")
    assert code == 0, err
    assert not journal.exists()
    with Document.open(path) as doc:
        assert doc.project().title == "Fresh"
    assert integrity(path) == "ok"
    cli(capsys, "export", path, "-o", tmp_path / "x.json")  # the next write sweeps the rest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["X.mapstudio", "x.json"]
