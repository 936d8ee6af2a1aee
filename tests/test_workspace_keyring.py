"""Workspace passwords from the OS keychain through `keyring`, with a real keyring
backend (keyrings.alt's plaintext file, in a temporary folder) and a real PostgreSQL
that demands a password (SCRAM) from the test's role: without the keychain entry the
login is refused in one line, with it the editor's document and the CLI get in; the
password is never in the URL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from tests.test_cli import assert_clean_error
from tests.test_workspace_store import _make_roles
from tests.workspace_helpers import admin, with_database, workspace_project

from mapstudio.store.pg_driver import WorkspaceError
from mapstudio.store.workspace import open_project


def _write_server_file(conn, path: str, text: str) -> None:
    """Write a file on the server's side (COPY, one line a row: no tabs or
    backslashes in pg_hba.conf, which COPY's text format would escape)."""
    assert "\t" not in text and "\\" not in text
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS hba_lines (n int, line text)")
    conn.execute("TRUNCATE hba_lines")
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO hba_lines VALUES (%s, %s)",
                        list(enumerate(text.rstrip("\n").split("\n"))))
    conn.execute(f"COPY (SELECT line FROM hba_lines ORDER BY n) TO '{path}'")


@contextmanager
def password_required(url: str, role: str) -> Iterator[None]:
    """The server asks `role` (and only it) for its password while inside."""
    rules = [f"host all {role} all scram-sha-256", f"local all {role} scram-sha-256"]
    with admin(url) as conn:
        path = conn.execute("SHOW hba_file").fetchone()[0]
        original = conn.execute("SELECT pg_read_file(%s)", (path,)).fetchone()[0]
        _write_server_file(conn, path, "\n".join(rules) + "\n" + original)
        conn.execute("SELECT pg_reload_conf()")
    try:
        yield
    finally:
        with admin(url) as conn:
            now = conn.execute("SELECT pg_read_file(%s)", (path,)).fetchone()[0]
            kept = [line for line in now.split("\n") if line not in rules]
            _write_server_file(conn, path, "\n".join(kept))
            conn.execute("SELECT pg_reload_conf()")


@pytest.fixture
def keychain(tmp_path):
    """keyring's plaintext file backend in a temporary folder, for this process; the
    environment that selects the same file for a `mapstudio` child process."""
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "python_keyring" / "keyring_pass.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring")
    try:
        yield env
    finally:
        keyring.set_keyring(previous)


def _refused(target: str, seconds: float = 5.0) -> str:
    """The one-line refusal (the server applies a reloaded pg_hba.conf shortly after)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            open_project(target).close()
        except WorkspaceError as exc:
            return str(exc)
        if time.monotonic() > deadline:
            pytest.fail("the server never asked for a password")
        time.sleep(0.1)


def test_the_password_comes_from_the_keychain(pg_url, keychain) -> None:
    _viewer, editor = _make_roles(pg_url)
    password = uuid.uuid4().hex
    with admin(pg_url) as conn:
        conn.execute(f"ALTER ROLE {editor} PASSWORD '{password}'")
    owner = workspace_project(pg_url, "Team")
    owner.close()
    url = with_database(pg_url, pg_url.rsplit("/", 1)[1], editor)
    host = urlsplit(url).hostname
    cli = [sys.executable, "-m", "mapstudio", "workspace", "list", url, "--json"]
    with password_required(pg_url, editor):
        message = _refused(f"{url}#Team")
        assert "\n" not in message and "password" in message and password not in message
        keyring.set_password("mapstudio", f"{editor}@{host}", "not the password")
        assert "password authentication failed" in _refused(f"{url}#Team")
        failed = subprocess.run(cli, env=keychain, capture_output=True, text=True, timeout=60)
        assert_clean_error(failed)
        assert "password authentication failed" in failed.stderr
        keyring.set_password("mapstudio", f"{editor}@{host}", password)
        doc = open_project(f"{url}#Team", listen=True)
        try:
            assert doc._listener.ready.wait(5)  # the listener logs in the same way
            doc.update_project(description="Written by a keychain login")
            assert doc.project().description == "Written by a keychain login"
        finally:
            doc.close()
        listed = subprocess.run(cli, env=keychain, capture_output=True, text=True, timeout=60)
        assert listed.returncode == 0, listed.stderr
        assert [p["name"] for p in json.loads(listed.stdout)] == ["Team"]
