"""Errors raised for bad input; the CLI maps them to exit code 3, the GUI to a dialog."""


class MapStudioError(Exception):
    """Bad or unsupported input: the message is shown to the user as is."""


class ValidationError(MapStudioError):
    """A model object violates a rule of the data model. `field` names the offending
    field of that object (or the map part, "scale", "stages", "lanes") when known, so an
    importer can point at it without reading the message."""

    def __init__(self, message: str = "", field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class WriteError(MapStudioError):
    """A change could not be written (disk full, read-only medium, file locked); it was
    rolled back as a whole, so the project is as it was before the change."""


class ReadOnlyError(WriteError):
    """A change was asked of a project opened read-only."""


class DamagedMapError(MapStudioError):
    """One map's rows in a file are damaged; the rest of the project can still be used."""


class OutsideCommandError(RuntimeError):
    """A write reached a document that only takes changes through undoable commands.

    A programming error, not bad input: every edit of an open project must be a command,
    so that it can be undone and is announced once on the change stream."""
