"""Errors raised for bad input; the CLI maps them to exit code 3, the GUI to a dialog."""


class MapStudioError(Exception):
    """Bad or unsupported input: the message is shown to the user as is."""


class ValidationError(MapStudioError):
    """A model object violates a rule of the data model."""
