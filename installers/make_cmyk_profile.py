"""Write resources/icc/MapStudio-CMYK.icc: a small ICC v2 CMYK output profile, CC0.

No press characterisation ships freely with a licence we may bundle, so Map Studio makes
its own: a generic CMYK with full grey-component replacement (pure black is 100 % K, at
most 300 % ink), D50, relative to sRGB. LittleCMS (through Pillow's ImageCms) converts
with it like with any profile; a print shop that needs its own condition re-separates
from the PDF's RGB-free CMYK or asks for the RGB PDF/X.

    python installers/make_cmyk_profile.py
"""

from __future__ import annotations

import itertools
import struct
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "icc" / "MapStudio-CMYK.icc"
D50 = (0.9642, 1.0, 0.8249)
DESCRIPTION = "Map Studio generic CMYK (GCR) v1"
COPYRIGHT = "CC0 1.0: no rights reserved (Map Studio)"


def _s15(v: float) -> bytes:
    return struct.pack(">i", round(v * 65536))


def _srgb_to_lab(r: float, g: float, b: float) -> tuple[float, float, float]:
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
    # sRGB (D65) to XYZ, then Bradford-adapted to D50 (the ICC's connection space)
    x = 0.4360747 * lin[0] + 0.3850649 * lin[1] + 0.1430804 * lin[2]
    y = 0.2225045 * lin[0] + 0.7168786 * lin[1] + 0.0606169 * lin[2]
    z = 0.0139322 * lin[0] + 0.0971045 * lin[1] + 0.7141733 * lin[2]

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x / D50[0]), f(y / D50[1]), f(z / D50[2])
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def _lab_to_srgb(L: float, a: float, b: float) -> tuple[float, float, float]:  # noqa: N803
    fy = (L + 16) / 116
    fx, fz = fy + a / 500, fy - b / 200

    def finv(t: float) -> float:
        return t ** 3 if t ** 3 > 216 / 24389 else (116 * t - 16) / (24389 / 27)

    x, y, z = finv(fx) * D50[0], finv(fy) * D50[1], finv(fz) * D50[2]
    lin = (3.1338561 * x - 1.6168667 * y - 0.4906146 * z,
           -0.9787684 * x + 1.9161415 * y + 0.0334540 * z,
           0.0719453 * x - 0.2289914 * y + 1.4052427 * z)
    out = []
    for c in lin:
        c = min(1.0, max(0.0, c))
        out.append(12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055)
    return out[0], out[1], out[2]


def cmyk_to_rgb(c: float, m: float, y: float, k: float) -> tuple[float, float, float]:
    return (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)


def rgb_to_cmyk(r: float, g: float, b: float) -> tuple[float, float, float, float]:
    """Full grey-component replacement; near black the colour inks fade out, so black
    and near-black print from the K plate alone (and the table stays smooth there)."""
    k = 1 - max(r, g, b)
    if k >= 1 - 1e-9:
        return 0.0, 0.0, 0.0, 1.0
    fade = min(1.0, (1 - k) / 0.12)
    return tuple(fade * (1 - v - k) / (1 - k) for v in (r, g, b)) + (k,)


def _lab16(L: float, a: float, b: float) -> list[int]:  # noqa: N803 - ICC v2 16-bit Lab
    clamp = lambda v: max(0, min(65535, round(v)))  # noqa: E731
    return [clamp(L * 65280 / 100), clamp((a + 128) * 256), clamp((b + 128) * 256)]


def _lut16(in_ch: int, out_ch: int, grid: int, table: list[list[int]]) -> bytes:
    head = b"mft2" + bytes(4) + bytes((in_ch, out_ch, grid, 0))
    matrix = b"".join(_s15(v) for v in (1, 0, 0, 0, 1, 0, 0, 0, 1))
    ident = struct.pack(">HH", 0, 65535)
    body = struct.pack(">HH", 2, 2) + ident * in_ch
    body += b"".join(struct.pack(f">{out_ch}H", *row) for row in table) + ident * out_ch
    return head + matrix + body


def _a2b0(grid: int = 9) -> bytes:
    steps = [i / (grid - 1) for i in range(grid)]
    rows = [_lab16(*_srgb_to_lab(*cmyk_to_rgb(*cmyk)))
            for cmyk in itertools.product(steps, repeat=4)]
    return _lut16(4, 3, grid, rows)


def _b2a0(grid: int = 33) -> bytes:
    rows = []
    for i, j, k in itertools.product(range(grid), repeat=3):
        L = i / (grid - 1) * 65535 * 100 / 65280  # noqa: N806 - the grid spans 0..0xFFFF
        a, b = j / (grid - 1) * 65535 / 256 - 128, k / (grid - 1) * 65535 / 256 - 128
        rows.append([round(v * 65535) for v in rgb_to_cmyk(*_lab_to_srgb(L, a, b))])
    return _lut16(3, 4, grid, rows)


def _desc(text: str) -> bytes:
    ascii_ = text.encode("ascii") + b"\0"
    return (b"desc" + bytes(4) + struct.pack(">I", len(ascii_)) + ascii_
            + struct.pack(">II", 0, 0) + struct.pack(">HB", 0, 0) + bytes(67))


def profile() -> bytes:
    tags = [(b"desc", _desc(DESCRIPTION)),
            (b"cprt", b"text" + bytes(4) + COPYRIGHT.encode("ascii") + b"\0"),
            (b"wtpt", b"XYZ " + bytes(4) + b"".join(_s15(v) for v in D50)),
            (b"A2B0", _a2b0()), (b"B2A0", _b2a0())]
    offset = 128 + 4 + 12 * len(tags)
    table, data = struct.pack(">I", len(tags)), b""
    for sig, body in tags:
        body += bytes(-len(body) % 4)
        table += sig + struct.pack(">II", offset + len(data), len(body))
        data += body
    size = 128 + len(table) + len(data)
    header = (struct.pack(">I", size) + b"lcms" + struct.pack(">I", 0x02100000) + b"prtr"
              + b"CMYK" + b"Lab " + struct.pack(">6H", 2026, 1, 1, 0, 0, 0) + b"acsp"
              + bytes(4) + bytes(4) + bytes(4) + bytes(4) + bytes(8) + struct.pack(">I", 1)
              + b"".join(_s15(v) for v in D50) + b"msta")
    header += bytes(128 - len(header))
    return header + table + data


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(profile())
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
