"""Open formats: JSON (with schema), CSV, Mermaid and EMS YAML. Pure Python."""

from .json_format import (
    InterchangeError,
    dumps,
    loads,
    project_from_dict,
    project_to_dict,
    read_json,
    read_text,
    schema,
    write_json,
    write_text_atomic,
)

__all__ = ["InterchangeError", "dumps", "loads", "project_from_dict", "project_to_dict",
           "read_json", "read_text", "schema", "write_json", "write_text_atomic"]
