"""Schema 2: moments of truth, persona colours, snapshots, a real map-persona link, indexes.

Schema 1 kept a map's personas as a JSON list in journey_map.persona_ids, which the
database could not keep consistent when a persona was deleted. Schema 2 moves them into
the map_persona table (foreign keys with ON DELETE CASCADE, order kept in `position`) and
drops the column; ids of personas that no longer exist are dropped on the way.

Revision ID: 0002
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _persona_links(conn) -> list[dict]:
    """Rows for map_persona from schema 1's JSON lists, skipping dangling ids."""
    known = {row[0] for row in conn.execute(sa.text("SELECT id FROM persona"))}
    links = []
    for map_id, raw in conn.execute(sa.text("SELECT id, persona_ids FROM journey_map")):
        try:
            ids = json.loads(raw) if raw else []
        except ValueError:
            ids = []
        seen: list[str] = []
        for pid in ids if isinstance(ids, list) else []:
            if isinstance(pid, str) and pid in known and pid not in seen:
                seen.append(pid)
        links += [{"map_id": map_id, "persona_id": pid, "position": i}
                  for i, pid in enumerate(seen)]
    return links


def upgrade() -> None:
    with op.batch_alter_table("card") as batch:
        batch.add_column(sa.Column("moment_of_truth", sa.Boolean, nullable=False,
                                   server_default=sa.false()))
    with op.batch_alter_table("persona") as batch:
        batch.add_column(sa.Column("colour", sa.String, nullable=False,
                                   server_default="#3b82f6"))
    op.create_table(
        "snapshot", sa.Column("id", sa.String, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("created", sa.String, nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("data", sa.LargeBinary, nullable=False))
    # foreign-key actions and stage deletes look children up by stage: index them
    op.create_index("ix_card_stage", "card", ["stage_id"])
    op.create_index("ix_emotion_point_cell", "emotion_point", ["lane_id", "stage_id"])
    op.create_index("ix_emotion_point_stage", "emotion_point", ["stage_id"])
    link = op.create_table(
        "map_persona",
        sa.Column("map_id", sa.String, sa.ForeignKey("journey_map.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("persona_id", sa.String, sa.ForeignKey("persona.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"))
    op.create_index("ix_map_persona_persona_id", "map_persona", ["persona_id"])
    links = _persona_links(op.get_bind())
    if links:
        op.bulk_insert(link, links)
    # Rebuilds journey_map (copy, drop, rename): the caller has foreign keys off, so
    # dropping the old table does not cascade into stages, lanes and cards.
    with op.batch_alter_table("journey_map") as batch:
        batch.drop_column("persona_ids")
