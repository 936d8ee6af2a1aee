"""Colour output for the PDF, PNG and SVG painters: parsing comes from the layout (one
definition for screen and paper); here only the print conversions, CMYK through a real ICC
transform (LittleCMS via Pillow's ImageCms) with the bundled profile."""

from __future__ import annotations

import io
from functools import cache, lru_cache

from ..layout.colours import rgb
from ..paths import resource_path

__all__ = ["cmyk", "cmyk_image", "hex_colour", "print_profile", "rgb"]


CMYK_PROFILE = "icc/MapStudio-CMYK.icc"  # made by installers/make_cmyk_profile.py (CC0)
CMYK_CONDITION = "Map Studio generic CMYK (GCR) v1"


@cache
def print_profile() -> tuple[bytes, str]:
    """The CMYK profile's bytes and name (the PDF/X output intent when printing CMYK)."""
    return resource_path(CMYK_PROFILE).read_bytes(), CMYK_CONDITION


@cache
def _to_cmyk():
    """sRGB -> the bundled CMYK profile, relative colorimetric, by LittleCMS (Pillow)."""
    from PIL import ImageCms

    target = ImageCms.ImageCmsProfile(io.BytesIO(print_profile()[0]))
    return ImageCms.buildTransform(ImageCms.createProfile("sRGB"), target, "RGB", "CMYK",
                                   renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC)


@lru_cache(maxsize=1024)
def cmyk(value: str | None) -> tuple[float, float, float, float]:
    """Device CMYK of an sRGB colour through the bundled ICC profile; pure black is
    100 % K (never four-colour black), white is no ink."""
    from PIL import Image, ImageCms

    r, g, b = rgb(value)
    if r == g == b == 0.0:
        return 0.0, 0.0, 0.0, 1.0
    pixel = Image.new("RGB", (1, 1), (round(r * 255), round(g * 255), round(b * 255)))
    c, m, y, k = ImageCms.applyTransform(pixel, _to_cmyk()).getpixel((0, 0))
    return c / 255, m / 255, y / 255, k / 255


def cmyk_image(image):
    """A PIL image in the CMYK of the bundled profile (transparency flattened on white)."""
    from PIL import Image, ImageCms

    if image.mode in ("RGBA", "LA", "PA", "P"):
        image = image.convert("RGBA")
        flat = Image.new("RGB", image.size, (255, 255, 255))
        flat.paste(image, mask=image.getchannel("A"))
        image = flat
    elif image.mode == "CMYK":
        return image
    return ImageCms.applyTransform(image.convert("RGB"), _to_cmyk())


@lru_cache(maxsize=1024)
def hex_colour(value: str | None) -> str:
    """Normalised '#rrggbb' (for SVG and Qt)."""
    r, g, b = rgb(value)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"
