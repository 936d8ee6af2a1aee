"""Build the demo project kept next to its JSON, so `--demo` copies it instead of building.

Run after changing `resources/demo/mortgage.json`, the file schema or the version:
`python installers/build_demo.py`. It writes `resources/demo/mortgage.mapstudio` and
`resources/demo/mortgage.stamp` (what it was built from); until then a demo copy is built
from the JSON, and `tests/test_demo_file.py` says the built file is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from mapstudio.demo import build_demo, demo_stamp  # noqa: E402 - after the path

DEMO = ROOT / "resources" / "demo"


def main() -> None:
    target = DEMO / "mortgage.mapstudio"
    build_demo(target)
    (DEMO / "mortgage.stamp").write_text(demo_stamp(), encoding="utf-8")
    print(f"{target.relative_to(ROOT)}: {target.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
