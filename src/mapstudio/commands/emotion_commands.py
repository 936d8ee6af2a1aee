"""Emotion curve edits: drag a point, add one, change the map's scale."""

from __future__ import annotations

from ..model import EmotionPoint, EmotionScale
from .base import DocumentCommand, MapSnapshotCommand


class SetEmotionScoreCommand(DocumentCommand):
    def __init__(self, document, point_id: str, score: float, label: str | None = None):
        super().__init__(document, "Change emotion")
        point = document.emotion_point(point_id)
        self.point_id = point_id
        self.before = {"score": point.score, "label": point.label}
        self.after = {"score": score, "label": point.label if label is None else label}

    def redo(self) -> None:
        self.doc.update_emotion_point(self.point_id, **self.after)

    def undo(self) -> None:
        self.doc.update_emotion_point(self.point_id, **self.before)


class AddEmotionPointCommand(DocumentCommand):
    def __init__(self, document, point: EmotionPoint) -> None:
        super().__init__(document, "Add emotion point")
        self.point = point

    def redo(self) -> None:
        self.point = self.doc.add_emotion_point(self.point)

    def undo(self) -> None:
        self.doc.delete_emotion_point(self.point.id)


class SetScaleCommand(MapSnapshotCommand):
    def __init__(self, document, map_id: str, scale: EmotionScale) -> None:
        super().__init__(document, map_id, "Change emotion scale")
        self.scale = scale

    def apply(self) -> None:
        self.doc.set_scale(self.map_id, self.scale)
