"""Undoable user actions; each calls the Document API and never holds ORM objects."""

from .base import DocumentCommand, MapSnapshotCommand
from .card_commands import (
    AddCardCommand,
    AddImageCardCommand,
    DeleteCardsCommand,
    EditCardCommand,
    MoveCardsCommand,
    PasteCardsCommand,
)
from .emotion_commands import AddEmotionPointCommand, SetEmotionScoreCommand, SetScaleCommand
from .map_commands import (
    AddMapCommand,
    DeleteMapCommand,
    DuplicateMapCommand,
    EditMapCommand,
    MoveMapCommand,
)
from .structure_commands import (
    AddLaneCommand,
    AddStageCommand,
    EditLaneCommand,
    EditStageCommand,
    MoveLaneCommand,
    MoveStageCommand,
    RemoveLaneCommand,
    RemoveStageCommand,
)

__all__ = [
    "AddCardCommand", "AddEmotionPointCommand", "AddImageCardCommand", "AddLaneCommand",
    "AddMapCommand", "AddStageCommand", "DeleteCardsCommand", "DeleteMapCommand",
    "DocumentCommand", "DuplicateMapCommand", "EditCardCommand", "EditLaneCommand",
    "EditMapCommand", "EditStageCommand", "MapSnapshotCommand", "MoveCardsCommand",
    "MoveLaneCommand", "MoveMapCommand", "MoveStageCommand", "PasteCardsCommand",
    "RemoveLaneCommand", "RemoveStageCommand", "SetEmotionScoreCommand", "SetScaleCommand",
]
