"""A card field lives in four places and nowhere else: the model's dataclass, the store's
table (whose columns the fast path reads by the dataclass's names), the JSON Schema and
the inspector. This test lists the fields and checks each place, so a new field that is
missing somewhere fails here, by name."""

from __future__ import annotations

import json
from dataclasses import fields

from mapstudio.model import Card
from mapstudio.store.fastpath import CARD_FIELDS
from mapstudio.store.schema import CardRow

# fields a user does not type: where the card sits (drag), the picture (drop a file),
# the icon (the palette kind chooses it)
PLACED_ON_THE_CANVAS = {"id", "lane_id", "stage_id", "position", "image_asset_id", "icon"}
# an inspector control named differently from its field
INSPECTOR_NAMES = {"persona_id": "persona", "linked_map_id": "linked_map",
                   "metric": "metric_name"}
STORE_ONLY = {"map_id", "row_version"}  # the store's own columns, not card fields


def card_fields() -> list[str]:
    return [f.name for f in fields(Card)]


def test_the_store_has_a_column_for_every_field_and_reads_them_by_name() -> None:
    columns = set(CardRow.__table__.c.keys())
    assert columns - STORE_ONLY == set(card_fields())
    assert CARD_FIELDS == tuple(card_fields())  # derived, never a second list


def test_the_json_schema_describes_every_field() -> None:
    from importlib.resources import files

    schema = json.loads(files("mapstudio.interchange").joinpath(
        "mapstudio.schema.json").read_text(encoding="utf-8"))
    card = schema["$defs"]["card"]
    assert set(card["properties"]) == set(card_fields())
    assert card.get("additionalProperties") is False  # an unknown field is refused


def test_the_inspector_edits_every_field_a_user_types(window) -> None:
    shown: set[str] = set()
    for card in window.scene.content.cards:  # the demo has every kind of card
        window.inspector.show_card(card.id)
        shown |= set(window.inspector.fields)
    wanted = {INSPECTOR_NAMES.get(name, name) for name in card_fields()} \
        - PLACED_ON_THE_CANVAS
    assert wanted <= shown, f"fields with no inspector control: {sorted(wanted - shown)}"
