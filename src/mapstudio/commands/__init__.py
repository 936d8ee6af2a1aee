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
from .import_commands import ImportMapsCommand
from .journey_commands import CreateFutureStateCommand, RestoreVersionCommand
from .map_commands import (
    AddMapCommand,
    DeleteMapCommand,
    DuplicateMapCommand,
    EditMapCommand,
    EditProjectCommand,
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
from .version_commands import DeleteVersionCommand, SaveVersionCommand

__all__ = [
    "AddCardCommand", "AddEmotionPointCommand", "AddImageCardCommand", "AddLaneCommand",
    "AddMapCommand", "AddStageCommand", "CreateFutureStateCommand", "DeleteCardsCommand",
    "DeleteMapCommand", "DocumentCommand", "DuplicateMapCommand", "EditCardCommand",
    "EditLaneCommand", "EditMapCommand", "EditProjectCommand", "EditStageCommand",
    "MapSnapshotCommand", "MoveCardsCommand", "MoveLaneCommand", "MoveMapCommand",
    "MoveStageCommand", "PasteCardsCommand", "RemoveLaneCommand", "RemoveStageCommand",
    "RestoreVersionCommand", "SetEmotionScoreCommand", "SetScaleCommand",
    "DeleteVersionCommand", "ImportMapsCommand", "SaveVersionCommand",
]
