"""What the palette offers and the card each kind becomes when dropped on a cell."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData

from ..model import Card, Metric

CARD_KIND_MIME = "application/x-mapstudio-card-kind"
CARDS_MIME = "application/x-mapstudio-cards"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CardKinds", text)


@dataclass(frozen=True)
class CardKind:
    key: str
    label: str
    icon: str
    lane_kind: str  # the lane this kind of card usually lives in

    def make_card(self, lane_id: str, stage_id: str, position: int) -> Card:
        card = Card(lane_id=lane_id, stage_id=stage_id, position=position,
                    title=_tr("New {0}").format(self.label.lower()))
        if self.key == "pain_point":
            card.severity = 3
        elif self.key == "opportunity":
            card.impact, card.effort = 3, 3
        elif self.key == "kpi":
            card.metric = Metric(name=_tr("Metric"), value=0, target=100, unit="%")
        elif self.key == "touchpoint":
            card.channel = "web"
        return card


def card_kinds() -> list[CardKind]:
    return [
        CardKind("touchpoint", _tr("Touchpoint"), "fa5s.hand-pointer", "touchpoints"),
        CardKind("action", _tr("Action"), "fa5s.walking", "actions"),
        CardKind("thought", _tr("Thought"), "fa5s.comment-dots", "thoughts"),
        CardKind("pain_point", _tr("Pain point"), "fa5s.bolt", "pain_points"),
        CardKind("opportunity", _tr("Opportunity"), "fa5s.lightbulb", "opportunities"),
        CardKind("kpi", _tr("KPI"), "fa5s.chart-line", "kpis"),
        CardKind("note", _tr("Note"), "fa5s.sticky-note", "text"),
        CardKind("image", _tr("Image"), "fa5s.image", "storyboard"),
    ]


def kind_by_key(key: str) -> CardKind | None:
    return next((k for k in card_kinds() if k.key == key), None)


def palette_mime(kind_key: str) -> QMimeData:
    """The drag payload of a palette entry (one function, so tests build the same)."""
    mime = QMimeData()
    mime.setData(CARD_KIND_MIME, QByteArray(kind_key.encode("utf-8")))
    mime.setText(kind_key)
    return mime
