"""What one project file or one import may hold (README "Limits").

Every limit is refused with a `LimitError` (a MapStudioError: exit 3 in the command line,
a dialog in the app) naming the limit and where it was passed. The figures are far above
any real journey map and low enough that reading, validating, laying out and printing
the largest allowed input stays within seconds and a few hundred megabytes.
"""

from __future__ import annotations

from .errors import ValidationError

MAX_MAPS = 500                      # maps per project
MAX_STAGES = 1_000                  # stages per map
MAX_LANES = 100                     # lanes per map
MAX_CARDS = 100_000                 # cards per map
MAX_EMOTION_POINTS = 100_000        # emotion points (labels) per map
MAX_NOTES = 20_000                  # review notes (with replies) per map
MAX_PROJECT_CARDS = 1_000_000       # cards in all maps of a project together
MAX_PERSONAS = 2_000                # personas per project
MAX_ASSETS = 2_000                  # images per project
MAX_SNAPSHOTS = 1_000               # named versions per project
MAX_TEXT = 20_000                   # characters in one text field
MAX_LIST_ITEMS = 500                # tags of a card, goals of a persona…
MAX_NUMBER = 1e15                   # magnitude of a KPI value or target
MAX_SIZE = 100_000.0                # points: stage width, lane height
MAX_IMPORT_BYTES = 512 * 1024 * 1024   # size of a file read as an import
MAX_CSV_COLUMNS = 200               # cells in a CSV header
MAX_CSV_CELL = MAX_TEXT * 4         # bytes of one CSV cell (csv field_size_limit)
MAX_YAML_NODES = 2_000_000          # YAML values after expanding aliases
MAX_YAML_DEPTH = 100                # YAML nesting
MAX_JSON_DEPTH = 100                # JSON nesting
MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024  # one version after decompression
MAX_IMAGE_PIXELS = 40_000_000       # width × height of an image
MAX_IMAGE_BYTES = 25 * 1024 * 1024  # bytes of one image as stored or imported
MAX_IMAGE_SIDE = 65_535             # declared width or height of an image


class LimitError(ValidationError):
    """Input larger than Map Studio accepts; the message names the limit and where."""


def check_count(count: int, limit: int, what: str, where: str = "") -> None:
    """Refuse `count` items of `what` (e.g. "cards per map") above `limit`."""
    if count > limit:
        at = f"{where}: " if where else ""
        raise LimitError(f"{at}more than {limit:,} {what} (the limit)")


def limits_table() -> list[tuple[str, str]]:
    """(name, value) of every limit, for documentation and `--help` texts."""
    return [(name, f"{value:,}") for name, value in globals().items()
            if name.startswith("MAX_")]
