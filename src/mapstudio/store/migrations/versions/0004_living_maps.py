"""Schema 4: living maps — evidence, confidence, owners, review dates, map links, KPI
histories and review notes.

Every new column of an existing table has a constant default (or is NULL), so ADD COLUMN
does it without rebuilding a table: maps made by earlier versions keep every row, with no
evidence, no owner and no review date. Two new tables: `metric_value` (a KPI's dated
values, one per card and day) and `review_note` (pinned to a card or a stage through a
foreign key, so a note goes with its card, stage, map or parent note).

Revision ID: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

CASCADE = {"ondelete": "CASCADE"}


def _row_version() -> sa.Column:
    return sa.Column("row_version", sa.Integer, nullable=False, server_default="1")


def upgrade() -> None:
    op.add_column("journey_map", sa.Column("owner", sa.Text, nullable=False,
                                           server_default=""))
    op.add_column("journey_map", sa.Column("review_by", sa.String, nullable=True))
    op.add_column("stage", sa.Column("owner", sa.Text, nullable=False, server_default=""))
    op.add_column("stage", sa.Column("linked_map_id", sa.String, nullable=True))
    op.add_column("card", sa.Column("evidence", sa.JSON, nullable=False,
                                    server_default="[]"))
    op.add_column("card", sa.Column("confidence", sa.String, nullable=True))
    op.add_column("card", sa.Column("linked_map_id", sa.String, nullable=True))
    op.create_table(
        "metric_value",
        sa.Column("card_id", sa.String, sa.ForeignKey("card.id", **CASCADE),
                  primary_key=True),
        sa.Column("date", sa.String, primary_key=True),
        sa.Column("value", sa.Float, nullable=False),
        _row_version())
    op.create_table(
        "review_note", sa.Column("id", sa.String, primary_key=True),
        sa.Column("map_id", sa.String, sa.ForeignKey("journey_map.id", **CASCADE),
                  nullable=False),
        sa.Column("card_id", sa.String, sa.ForeignKey("card.id", **CASCADE), nullable=True),
        sa.Column("stage_id", sa.String, sa.ForeignKey("stage.id", **CASCADE),
                  nullable=True),
        sa.Column("parent_id", sa.String, sa.ForeignKey("review_note.id", **CASCADE),
                  nullable=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("author", sa.Text, nullable=False, server_default=""),
        sa.Column("text", sa.Text, nullable=False, server_default=""),
        sa.Column("created", sa.String, nullable=False, server_default=""),
        sa.Column("resolved", sa.Boolean, nullable=False, server_default=sa.false()),
        _row_version())
    for column in ("map_id", "card_id", "stage_id", "parent_id"):
        op.create_index(f"ix_review_note_{column}", "review_note", [column])
