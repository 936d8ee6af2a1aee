"""Draw the Map Studio application icon and write every size the installers need.

Run once after changing the design: `python installers/make_icon.py`. The icon is a deep
teal rounded square with three stage columns and a rising emotion curve; it is drawn at
1024 px with Pillow (4x supersampled) and scaled down, and also written as a hand-made SVG.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
TEAL_TOP = (19, 110, 120)
TEAL_BOTTOM = (9, 72, 84)
COLUMN = (255, 255, 255, 46)
CURVE = (255, 196, 61)
DOT = (255, 255, 255)

# Geometry in a 1024 design grid (shared with the SVG below).
CORNER = 224
COLUMNS = [(176, 256, 384, 808), (408, 256, 616, 808), (640, 256, 848, 808)]
HEADER_H = 72
POINTS = [(280, 680), (512, 560), (744, 336)]


def _bezier(p0, p1, p2, p3, steps=120):
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        yield (u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0],
               u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1])


def curve_segments():
    """Two smooth cubic segments through the three emotion points (shared with the SVG)."""
    (a, b, c) = POINTS
    return [(a, (380, 680), (420, 560), b), (b, (620, 560), (650, 336), c)]


def draw(size: int = 1024) -> Image.Image:
    scale = size * 4 / 1024
    big = int(size * 4)
    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    # Vertical gradient clipped by a rounded-square mask.
    gradient = Image.new("RGBA", (big, big))
    gd = ImageDraw.Draw(gradient)
    for y in range(big):
        t = y / (big - 1)
        colour = tuple(round(TEAL_TOP[i] * (1 - t) + TEAL_BOTTOM[i] * t) for i in range(3))
        gd.line([(0, y), (big, y)], fill=(*colour, 255))
    mask = Image.new("L", (big, big), 0)
    margin = 48 * scale
    ImageDraw.Draw(mask).rounded_rectangle(
        [margin, margin, big - margin, big - margin], radius=CORNER * scale, fill=255)
    img.paste(gradient, (0, 0), mask)

    overlay = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    od = ImageDraw.Draw(overlay)
    for x0, y0, x1, y1 in COLUMNS:
        box = [x0 * scale, y0 * scale, x1 * scale, y1 * scale]
        od.rounded_rectangle(box, radius=28 * scale, fill=COLUMN)
        od.rounded_rectangle([box[0], box[1], box[2], (y0 + HEADER_H) * scale],
                             radius=28 * scale, fill=(255, 255, 255, 150))
    img = Image.alpha_composite(img, overlay)

    d = ImageDraw.Draw(img)
    # A thick stroke stamped as dense discs: smooth joins at every size.
    small = size <= 24
    radius = (64 if small else 22) * scale
    for seg in curve_segments():
        for x, y in _bezier(*seg, steps=int(40 * scale) + 40):
            d.ellipse([x * scale - radius, y * scale - radius,
                       x * scale + radius, y * scale + radius], fill=CURVE)
    if small:
        return img.resize((size, size), Image.Resampling.LANCZOS)
    for x, y in POINTS:
        r_out, r_in = 54 * scale, 30 * scale
        d.ellipse([x * scale - r_out, y * scale - r_out, x * scale + r_out, y * scale + r_out],
                  fill=CURVE)
        d.ellipse([x * scale - r_in, y * scale - r_in, x * scale + r_in, y * scale + r_in],
                  fill=DOT)
    return img.resize((size, size), Image.Resampling.LANCZOS)


def svg() -> str:
    cols = "\n".join(
        f'  <rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" rx="28" '
        f'fill="#ffffff" fill-opacity="0.18"/>\n'
        f'  <rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{HEADER_H}" rx="28" '
        f'fill="#ffffff" fill-opacity="0.59"/>'
        for x0, y0, x1, y1 in COLUMNS)
    (a, c1, c2, b), (_, c3, c4, c) = curve_segments()
    path = (f"M{a[0]} {a[1]} C{c1[0]} {c1[1]} {c2[0]} {c2[1]} {b[0]} {b[1]} "
            f"C{c3[0]} {c3[1]} {c4[0]} {c4[1]} {c[0]} {c[1]}")
    dots = "\n".join(
        f'  <circle cx="{x}" cy="{y}" r="54" fill="#ffc43d"/>'
        f'<circle cx="{x}" cy="{y}" r="30" fill="#ffffff"/>' for x, y in POINTS)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 1024 1024">
  <title>Map Studio</title>
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#136e78"/>
      <stop offset="1" stop-color="#094854"/>
    </linearGradient>
  </defs>
  <rect x="48" y="48" width="928" height="928" rx="{CORNER}" fill="url(#bg)"/>
{cols}
  <path d="{path}" fill="none" stroke="#ffc43d" stroke-width="44" stroke-linecap="round"/>
{dots}
</svg>
"""


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    master = draw(1024)
    images = {}
    for size in SIZES:
        # Small sizes are drawn directly (crisper than scaling the 1024 master).
        images[size] = draw(size) if size <= 64 else master.resize(
            (size, size), Image.Resampling.LANCZOS)
        images[size].save(ICONS / f"mapstudio-{size}.png", optimize=True)
    images[256].save(ICONS / "mapstudio.ico",
                     sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)],
                     append_images=[images[s] for s in (16, 24, 32, 48, 64, 128)])
    master.save(ICONS / "mapstudio.icns")
    (ICONS / "mapstudio.svg").write_text(svg(), encoding="utf-8")


if __name__ == "__main__":
    main()
