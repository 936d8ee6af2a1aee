"""Build resources/icc/CoatedFOGRA39-MapStudio.icc: the press profile `--cmyk` prints with.

A profile of the press condition print shops expect most in Europe, Coated FOGRA39
(ISO 12647-2:2004, offset on coated paper), computed by ArgyllCMS's `colprof` from
Fogra's characterisation data as Debian's `icc-profiles-free` ships it (`FOGRA39L.ti3`,
Zlib licence). The built profile is committed, so neither CI nor a checkout needs
ArgyllCMS; run this only to rebuild it (about a minute):

    apt-get install argyll icc-profiles-free    # or: --ti3 PATH to a FOGRA39L.ti3
    python installers/make_press_profile.py

resources/icc/README.md says how the committed file was made and under which licence.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "icc" / "CoatedFOGRA39-MapStudio.icc"
TI3 = Path("/usr/share/color/icc/FOGRA39L.ti3")  # Debian package icc-profiles-free
DESCRIPTION = "Coated FOGRA39 (ISO 12647-2:2004), built with ArgyllCMS"
COPYRIGHT = ("Zlib licence: from FOGRA39L.ti3 (Fogra characterisation data, ti3 by "
             "Kai-Uwe Behrmann, icc-profiles-free)")
# Medium quality tables; the default ramp black generation (K rises with darkness, so
# neutrals lean on the black plate); 330 % total ink, the limit of Fogra's own FOGRA39
# profiles; K up to 100 % so pure black can print as K alone.
COLPROF_OPTIONS = ["-v", "-qm", "-kr", "-l330", "-L100", "-A", "Map Studio",
                   "-D", DESCRIPTION, "-C", COPYRIGHT]


def build(ti3: Path, out: Path) -> str:
    """Run colprof on a copy of `ti3`; returns profcheck's report of how far the profile
    is from the measurements (ΔE*ab)."""
    colprof = shutil.which("colprof")
    if colprof is None:
        sys.exit("colprof not found: install ArgyllCMS (Debian/Ubuntu: apt-get install argyll)")
    with tempfile.TemporaryDirectory() as work:
        base = Path(work) / "FOGRA39L"
        shutil.copyfile(ti3, base.with_suffix(".ti3"))
        run = subprocess.run([colprof, *COLPROF_OPTIONS, str(base)], cwd=work,
                             capture_output=True, text=True, check=False)
        if run.returncode != 0:
            sys.exit(f"colprof failed:\n{run.stdout}{run.stderr}")
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(base.with_suffix(".icc"), out)
        check = subprocess.run([shutil.which("profcheck") or "profcheck",
                                str(base.with_suffix(".ti3")), str(out)],
                               capture_output=True, text=True, check=False)
    return (check.stdout.strip().splitlines() or ["profcheck gave no report"])[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ti3", type=Path, default=TI3, help=f"default: {TI3}")
    parser.add_argument("-o", "--out", type=Path, default=OUT)
    args = parser.parse_args()
    if not args.ti3.exists():
        sys.exit(f"{args.ti3} not found: install icc-profiles-free or pass --ti3")
    fit = build(args.ti3, args.out)
    digest = hashlib.sha256(args.ti3.read_bytes()).hexdigest()
    print(f"{args.out} ({args.out.stat().st_size} bytes) from {args.ti3} (sha256 {digest})")
    print(fit)


if __name__ == "__main__":
    main()
