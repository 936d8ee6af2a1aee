"""The document store: one SQLite file per project; the only user of SQL."""

from .checks import FileFormatError
from .document import Change, Document, ReadOnlyFileError
from .images import ImageError, check_image, clean_image
from .journal import JournalRefusedError
from .schema import APPLICATION_ID, SCHEMA_VERSION

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "Change", "Document",
           "FileFormatError", "JournalRefusedError", "ReadOnlyFileError",
           "ImageError", "check_image", "clean_image"]
