"""File ▸ New from template: a template becomes a new project or joins the open one."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from mapstudio.templates import catalogue
from mapstudio.ui.start.template_gallery import TemplateGalleryDialog

from .conftest import settle

TEMPLATE = "hospitality-hotel-stay-blueprint"


@pytest.fixture
def choose(monkeypatch):
    """The gallery accepts at once with the template and choice a test sets."""
    choice = {"id": TEMPLATE, "add": False}

    def fake_exec(dialog: TemplateGalleryDialog) -> int:
        assert dialog.visible_ids()  # the real dialog was built and filled
        dialog.chosen, dialog.add_to_project = choice["id"], choice["add"]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TemplateGalleryDialog, "exec", fake_exec)
    return choice


def test_add_template_map_to_the_open_project(window, choose) -> None:
    doc = window.doc
    maps, personas = len(doc.maps()), len(doc.personas())
    choose["add"] = True
    window.actions["new_template"].trigger()
    settle()
    template = catalogue.load_template(TEMPLATE)
    assert len(doc.maps()) == maps + 1
    added = doc.maps()[-1]
    assert added.title == template.maps[0].map.title
    assert window.current_map_id == added.id
    assert len(doc.personas()) == personas + len(template.personas)
    assert window.journey.header.title.full_text() == added.title
    window.undo_stack.undo()
    settle()
    assert len(doc.maps()) == maps and len(doc.personas()) == personas


def test_create_new_project_from_template(window, choose, tmp_path, monkeypatch) -> None:
    target = tmp_path / "Hotel blueprint.mapstudio"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    window.actions["new_template"].trigger()
    settle()
    assert window.doc.path == target and target.exists()
    maps = window.doc.maps()
    assert len(maps) == 1 and str(maps[0].map_type) == "service_blueprint"
    assert len(window.doc.load_map(maps[0].id).cards) == catalogue.find_template(
        TEMPLATE).cards
