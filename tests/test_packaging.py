"""The wheel carries everything a non-editable install needs (DESIGN §6)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_contains_resources_and_package_data(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
         "-q", "-w", str(tmp_path)],
        check=True, capture_output=True, timeout=300,
    )
    wheel = next(tmp_path.glob("mapstudio-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = [
        "mapstudio/resources/fonts/DejaVuSans.ttf",
        "mapstudio/resources/fonts/DejaVuSans-Bold.ttf",
        "mapstudio/resources/fonts/LICENSE-DejaVu.txt",
        "mapstudio/resources/demo/mortgage.json",
        "mapstudio/interchange/mapstudio.schema.json",
        "mapstudio/cli/__init__.py",
    ]
    missing = [n for n in expected if n not in names]
    assert not missing, missing
    templates = [n for n in names if n.startswith("mapstudio/resources/templates/")]
    assert len(templates) >= 24
    assert any(n.startswith("mapstudio/store/migrations/versions/") for n in names)


def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "src", "tests", "benchmarks"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:]
