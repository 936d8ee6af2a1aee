"""The living-map store tests (evidence, owners, links, KPI histories, review notes) on a
workspace project as well: the same test functions, imported, with `living` built on
the shared PostgreSQL workspace instead of a file."""

from __future__ import annotations

import uuid

import pytest
from tests.test_living_store import (  # noqa: F401 - collected here, on PostgreSQL
    fill_living,
    test_a_reply_answers_a_note_on_the_same_target,
    test_deleting_a_card_takes_its_notes_and_history_deleting_a_map_its_links,
    test_every_living_field_is_stored_and_read_back,
    test_kpi_values_are_written_by_day_and_undone_with_what_they_replaced,
    test_links_are_checked,
    test_note_edits_are_events_and_a_delete_can_be_put_back_exactly,
)
from tests.workspace_helpers import workspace_project


@pytest.fixture
def living(pg_shared):
    doc = workspace_project(pg_shared, "Living", name=f"Living {uuid.uuid4().hex}")
    yield fill_living(doc)
    doc.close()
