"""Open formats: JSON (with schema), CSV, Mermaid and EMS YAML. Pure Python.

Entry points: `dumps`/`loads`/`read_json`/`write_json` (the JSON format),
`export_csv`/`import_csv`, `export_mermaid`/`import_mermaid`, `import_ems_yaml`,
`make_snapshot`/`snapshot_to_project`/`diff_projects`.
"""

from .csv_format import export_csv, import_csv
from .ems_yaml import import_ems_yaml
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
from .mermaid import export_mermaid, import_mermaid, map_to_mermaid
from .snapshots import diff_projects, make_snapshot, snapshot_to_project

__all__ = [
    "InterchangeError", "diff_projects", "dumps", "export_csv", "export_mermaid",
    "import_csv", "import_ems_yaml", "import_mermaid", "loads", "make_snapshot", "map_to_dict",
    "map_to_mermaid", "project_from_dict", "project_to_dict", "read_json", "read_text",
    "schema", "snapshot_to_project", "template_metadata", "write_json", "write_text_atomic",
]
