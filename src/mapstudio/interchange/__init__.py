"""Open formats: JSON (with schema), CSV, Mermaid and EMS YAML. Pure Python.

Entry points: `dumps`/`loads`/`read_json`/`write_json` (the JSON format),
`export_csv`/`import_csv`, `export_mermaid`/`import_mermaid`, `import_ems_yaml`,
`make_snapshot`/`snapshot_to_project`/`diff_projects`.
"""

from .errors import InterchangeError
from .files import read_text, write_text_atomic
from .json_format import (
    dumps,
    loads,
    map_to_dict,
    project_from_dict,
    project_to_dict,
    read_json,
    schema,
    template_metadata,
    write_json,
)

__all__ = ["InterchangeError", "dumps", "loads", "map_to_dict", "project_from_dict",
           "project_to_dict", "read_json", "read_text", "schema", "template_metadata",
           "write_json", "write_text_atomic"]

from .snapshots import diff_projects, make_snapshot, snapshot_to_project  # noqa: E402

__all__ += ["diff_projects", "make_snapshot", "snapshot_to_project"]
