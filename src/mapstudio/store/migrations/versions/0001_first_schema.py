"""The first schema of .mapstudio files (schema version 1).

Revision ID: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _text(name: str, **kw) -> sa.Column:
    return sa.Column(name, sa.Text, nullable=False, server_default="", **kw)


def upgrade() -> None:
    op.create_table(
        "project", sa.Column("id", sa.String, primary_key=True), _text("title"),
        _text("description"), _text("created"), _text("modified"), _text("app_version"),
        sa.Column("settings", sa.JSON, nullable=False))
    op.create_table(
        "asset", sa.Column("id", sa.String, primary_key=True),
        sa.Column("sha256", sa.String, nullable=False, index=True),
        sa.Column("mime", sa.String, nullable=False),
        sa.Column("width", sa.Integer, nullable=False),
        sa.Column("height", sa.Integer, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("thumbnail", sa.LargeBinary, nullable=False))
    op.create_table(
        "persona", sa.Column("id", sa.String, primary_key=True),
        sa.Column("position", sa.Integer, nullable=False), _text("name"),
        sa.Column("photo_asset_id", sa.String, sa.ForeignKey("asset.id"), nullable=True),
        *[_text(n) for n in ("role", "age", "location", "segment", "market_size", "bio",
                             "quote", "technology")],
        *[sa.Column(n, sa.JSON, nullable=False)
          for n in ("goals", "frustrations", "motivations", "channels")])
    op.create_table(
        "journey_map", sa.Column("id", sa.String, primary_key=True),
        sa.Column("position", sa.Integer, nullable=False), _text("title"), _text("goal"),
        sa.Column("map_type", sa.String, nullable=False),
        sa.Column("persona_ids", sa.JSON, nullable=False),
        sa.Column("scale", sa.JSON, nullable=False),
        sa.Column("counterpart_id", sa.String, nullable=True))
    cascade = {"ondelete": "CASCADE"}
    op.create_table(
        "stage", sa.Column("id", sa.String, primary_key=True),
        sa.Column("map_id", sa.String, sa.ForeignKey("journey_map.id", **cascade),
                  nullable=False, index=True),
        sa.Column("position", sa.Integer, nullable=False), _text("name"),
        _text("description"), _text("colour"),
        sa.Column("width", sa.Float, nullable=False), _text("phase"))
    op.create_table(
        "lane", sa.Column("id", sa.String, primary_key=True),
        sa.Column("map_id", sa.String, sa.ForeignKey("journey_map.id", **cascade),
                  nullable=False, index=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("kind", sa.String, nullable=False), _text("title"), _text("colour"),
        sa.Column("height", sa.Float, nullable=True),
        sa.Column("line_after", sa.String, nullable=False))
    op.create_table(
        "card", sa.Column("id", sa.String, primary_key=True),
        sa.Column("map_id", sa.String, sa.ForeignKey("journey_map.id", **cascade),
                  nullable=False),
        sa.Column("lane_id", sa.String, sa.ForeignKey("lane.id", **cascade), nullable=False),
        sa.Column("stage_id", sa.String, sa.ForeignKey("stage.id", **cascade),
                  nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("span", sa.Integer, nullable=False),
        *[_text(n) for n in ("title", "body", "colour", "icon", "channel", "owner", "link")],
        sa.Column("tags", sa.JSON, nullable=False),
        *[sa.Column(n, sa.Integer, nullable=True) for n in ("severity", "impact", "effort")],
        sa.Column("metric", sa.JSON, nullable=True),
        sa.Column("image_asset_id", sa.String, sa.ForeignKey("asset.id"), nullable=True),
        sa.Column("persona_id", sa.String, nullable=True))
    op.create_index("ix_card_cell", "card", ["lane_id", "stage_id", "position"])
    op.create_index("ix_card_map", "card", ["map_id"])
    op.create_table(
        "emotion_point", sa.Column("id", sa.String, primary_key=True),
        sa.Column("map_id", sa.String, sa.ForeignKey("journey_map.id", **cascade),
                  nullable=False, index=True),
        sa.Column("lane_id", sa.String, sa.ForeignKey("lane.id", **cascade), nullable=False),
        sa.Column("stage_id", sa.String, sa.ForeignKey("stage.id", **cascade),
                  nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("persona_id", sa.String, nullable=True),
        sa.Column("series", sa.String, nullable=False),
        sa.Column("score", sa.Float, nullable=False), _text("label"))
