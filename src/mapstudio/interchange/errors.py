"""The one error type of the interchange layer."""

from ..model import MapStudioError


class InterchangeError(MapStudioError):
    """Input that cannot be imported; the message names the file, row, line or JSON path."""
