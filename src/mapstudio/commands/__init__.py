"""Undoable user actions; each calls the Document API and never holds ORM objects.

Each name loads from its module on first use (see `model/lazy.py`): the undo stack
and the session do not load every command.
"""

from __future__ import annotations

from ..model.lazy import lazy_exports

_MODULES = {
    "base": ("DocumentCommand", "MapSnapshotCommand"),
    "card_commands": ("AddCardCommand", "AddImageCardCommand",
        "DeleteCardsCommand", "EditCardCommand", "MoveCardsCommand",
        "PasteCardsCommand"),
    "emotion_commands": ("AddEmotionPointCommand", "SetEmotionScoreCommand",
        "SetScaleCommand"),
    "import_commands": ("ImportMapsCommand",),
    "journey_commands": ("CreateFutureStateCommand", "RestoreVersionCommand"),
    "map_commands": ("AddMapCommand", "DeleteMapCommand", "DuplicateMapCommand",
        "EditMapCommand", "EditProjectCommand", "MoveMapCommand"),
    "structure_commands": ("AddLaneCommand", "AddStageCommand",
        "EditLaneCommand", "EditStageCommand", "MoveLaneCommand",
        "MoveStageCommand", "RemoveLaneCommand", "RemoveStageCommand"),
    "version_commands": ("DeleteVersionCommand", "SaveVersionCommand"),
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _MODULES)
