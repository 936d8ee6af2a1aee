"""SQLAlchemy ORM schema of a .mapstudio file; rows mirror the model dataclasses."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

APPLICATION_ID = 0x4D415053  # "MAPS"
SCHEMA_VERSION = 4


class Base(DeclarativeBase):
    """Every table carries `row_version` (schema 3): writes in a shared workspace check
    and bump it, so a change made since a row was read is refused, never overwritten."""

    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class ProjectRow(Base):
    __tablename__ = "project"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[str] = mapped_column(Text, default="")
    modified: Mapped[str] = mapped_column(Text, default="")
    app_version: Mapped[str] = mapped_column(Text, default="")
    settings: Mapped[dict] = mapped_column(JSON, default=dict)


class AssetRow(Base):
    __tablename__ = "asset"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    sha256: Mapped[str] = mapped_column(String, index=True)
    mime: Mapped[str] = mapped_column(String)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary, default=b"")


class PersonaRow(Base):
    __tablename__ = "persona"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text)
    photo_asset_id: Mapped[str | None] = mapped_column(ForeignKey("asset.id"), nullable=True)
    role: Mapped[str] = mapped_column(Text, default="")
    age: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(Text, default="")
    segment: Mapped[str] = mapped_column(Text, default="")
    market_size: Mapped[str] = mapped_column(Text, default="")
    bio: Mapped[str] = mapped_column(Text, default="")
    quote: Mapped[str] = mapped_column(Text, default="")
    goals: Mapped[list] = mapped_column(JSON, default=list)
    frustrations: Mapped[list] = mapped_column(JSON, default=list)
    motivations: Mapped[list] = mapped_column(JSON, default=list)
    channels: Mapped[list] = mapped_column(JSON, default=list)
    technology: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str] = mapped_column(String, default="#3b82f6")


class MapRow(Base):
    __tablename__ = "journey_map"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    goal: Mapped[str] = mapped_column(Text, default="")
    map_type: Mapped[str] = mapped_column(String)
    scale: Mapped[dict] = mapped_column(JSON)
    counterpart_id: Mapped[str | None] = mapped_column(String, nullable=True)
    owner: Mapped[str] = mapped_column(Text, default="", server_default="")  # schema 4
    review_by: Mapped[str | None] = mapped_column(String, nullable=True)


class MapPersonaRow(Base):
    """Which personas a map shows, in order (schema 2; schema 1 kept a JSON list)."""

    __tablename__ = "map_persona"
    map_id: Mapped[str] = mapped_column(ForeignKey("journey_map.id", ondelete="CASCADE"),
                                        primary_key=True)
    persona_id: Mapped[str] = mapped_column(ForeignKey("persona.id", ondelete="CASCADE"),
                                            primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class StageRow(Base):
    __tablename__ = "stage"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    map_id: Mapped[str] = mapped_column(ForeignKey("journey_map.id", ondelete="CASCADE"),
                                        index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str] = mapped_column(Text, default="")
    width: Mapped[float] = mapped_column(Float, default=240.0)
    phase: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(Text, default="", server_default="")  # schema 4
    linked_map_id: Mapped[str | None] = mapped_column(String, nullable=True)


class LaneRow(Base):
    __tablename__ = "lane"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    map_id: Mapped[str] = mapped_column(ForeignKey("journey_map.id", ondelete="CASCADE"),
                                        index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String)
    title: Mapped[str] = mapped_column(Text)
    colour: Mapped[str] = mapped_column(Text, default="")
    height: Mapped[float | None] = mapped_column(Float, nullable=True)
    line_after: Mapped[str] = mapped_column(String, default="none")


class CardRow(Base):
    __tablename__ = "card"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    map_id: Mapped[str] = mapped_column(ForeignKey("journey_map.id", ondelete="CASCADE"))
    lane_id: Mapped[str] = mapped_column(ForeignKey("lane.id", ondelete="CASCADE"))
    stage_id: Mapped[str] = mapped_column(ForeignKey("stage.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    span: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str] = mapped_column(Text, default="")
    icon: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list] = mapped_column(JSON, default=list)
    severity: Mapped[int | None] = mapped_column(Integer, nullable=True)
    impact: Mapped[int | None] = mapped_column(Integer, nullable=True)
    effort: Mapped[int | None] = mapped_column(Integer, nullable=True)
    metric: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    image_asset_id: Mapped[str | None] = mapped_column(ForeignKey("asset.id"), nullable=True)
    link: Mapped[str] = mapped_column(Text, default="")
    persona_id: Mapped[str | None] = mapped_column(String, nullable=True)
    moment_of_truth: Mapped[bool] = mapped_column(Boolean, default=False)
    # schema 4: evidence as a JSON list of {source, note, link}; a map the card drills into
    evidence: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")
    confidence: Mapped[str | None] = mapped_column(String, nullable=True)
    linked_map_id: Mapped[str | None] = mapped_column(String, nullable=True)
    __table_args__ = (Index("ix_card_cell", "lane_id", "stage_id", "position"),
                      Index("ix_card_map", "map_id"),
                      Index("ix_card_stage", "stage_id"))  # stage deletes and FK checks


class EmotionPointRow(Base):
    __tablename__ = "emotion_point"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    map_id: Mapped[str] = mapped_column(ForeignKey("journey_map.id", ondelete="CASCADE"),
                                        index=True)
    lane_id: Mapped[str] = mapped_column(ForeignKey("lane.id", ondelete="CASCADE"))
    stage_id: Mapped[str] = mapped_column(ForeignKey("stage.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    persona_id: Mapped[str | None] = mapped_column(String, nullable=True)
    series: Mapped[str] = mapped_column(String, default="as_is")
    score: Mapped[float] = mapped_column(Float)
    label: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_emotion_point_cell", "lane_id", "stage_id"),
                      Index("ix_emotion_point_stage", "stage_id"))


class SnapshotRow(Base):
    __tablename__ = "snapshot"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    created: Mapped[str] = mapped_column(String)
    note: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[bytes] = mapped_column(LargeBinary)



class MetricValueRow(Base):
    """A KPI card's dated values (schema 4): one per card and day, gone with the card."""

    __tablename__ = "metric_value"
    card_id: Mapped[str] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"),
                                         primary_key=True)
    date: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[float] = mapped_column(Float)


class ReviewNoteRow(Base):
    """A review note (schema 4) pinned to exactly one card or one stage of its map.

    The target is stored as `card_id` or `stage_id` (the other NULL) rather than a kind
    and a bare id, so that foreign keys take a note away with its card or stage, and a
    note away with its parent.
    """

    __tablename__ = "review_note"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    map_id: Mapped[str] = mapped_column(ForeignKey("journey_map.id", ondelete="CASCADE"),
                                        index=True)
    card_id: Mapped[str | None] = mapped_column(
        ForeignKey("card.id", ondelete="CASCADE"), nullable=True, index=True)
    stage_id: Mapped[str | None] = mapped_column(
        ForeignKey("stage.id", ondelete="CASCADE"), nullable=True, index=True)
    parent_id: Mapped[str | None] = mapped_column(
        ForeignKey("review_note.id", ondelete="CASCADE"), nullable=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)  # order written in the map
    author: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[str] = mapped_column(String, default="")
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
