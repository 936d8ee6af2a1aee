"""Schema 3: a row version on every table, for optimistic concurrency in a workspace.

A project shared on a PostgreSQL workspace is edited by several people at once. Every
write states the version of each row it read (``WHERE row_version = :read``) and bumps
it, so a change made since the read is noticed instead of overwritten. Files get the
same column so that one schema serves both; existing rows start at version 1.

Revision ID: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

VERSIONED_TABLES = ("project", "asset", "persona", "journey_map", "map_persona", "stage",
                    "lane", "card", "emotion_point", "snapshot")


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        # ADD COLUMN with a constant default: no table rebuild on either dialect
        op.add_column(table, sa.Column("row_version", sa.Integer, nullable=False,
                                       server_default="1"))
