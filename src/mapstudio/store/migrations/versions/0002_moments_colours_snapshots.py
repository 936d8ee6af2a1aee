"""Schema 2: moments of truth on cards, persona colours, named snapshots.

Revision ID: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


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
