"""Colour output for the PDF, PNG and SVG painters: parsing comes from the layout (one
definition for screen and paper); here only the print conversions, CMYK through a real ICC
transform (LittleCMS via Pillow's ImageCms) with the bundled press profile, Coated FOGRA39
(resources/icc/README.md says how it was built). Black and grey text prints on the black
plate alone: four inks for small type would show every registration error as coloured
fringes."""

from __future__ import annotations

import io
import math
from functools import cache, lru_cache

from ..layout.colours import rgb
from ..paths import resource_path

__all__ = ["cmyk", "cmyk_image", "cmyk_text", "hex_colour", "print_profile", "rgb"]


PRESS_PROFILE = "icc/CoatedFOGRA39-MapStudio.icc"  # installers/make_press_profile.py
# The registered characterisation the profile was built from: what the PDF/X output
# intent names, so a print shop's preflight recognises the condition.
PRESS_CONDITION = "FOGRA39"
PRESS_CONDITION_INFO = "Coated FOGRA39 (ISO 12647-2:2004)"


@cache
def print_profile() -> tuple[bytes, str, str]:
    """The press profile's bytes, the condition's registered identifier and its
    description (the PDF/X output intent when printing CMYK)."""
    return resource_path(PRESS_PROFILE).read_bytes(), PRESS_CONDITION, PRESS_CONDITION_INFO


def _profile():
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(io.BytesIO(print_profile()[0]))


@cache
def _to_cmyk():
    """sRGB -> the bundled CMYK profile, relative colorimetric, by LittleCMS (Pillow)."""
    from PIL import ImageCms

    return ImageCms.buildTransform(ImageCms.createProfile("sRGB"), _profile(), "RGB", "CMYK",
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


# Type whose colour is this close to neutral (CIELAB chroma; the styles' grey and slate
# inks are 11–15, their navy 26) prints as a grey: the hint of blue is invisible at text
# size, a misregistered fringe of cyan is not.
GREY_TYPE_CHROMA = 18


@lru_cache(maxsize=256)
def cmyk_text(value: str | None) -> tuple[float, float, float, float]:
    """Device CMYK for type: black, greys and near-greys on the black plate alone, as much
    K as the press needs for the colour's lightness; any other colour as `cmyk`."""
    from PIL import Image, ImageCms

    r, g, b = (round(v * 255) for v in rgb(value))
    lightness, a, b_ = ImageCms.applyTransform(Image.new("RGB", (1, 1), (r, g, b)),
                                               _to_lab()).getpixel((0, 0))
    if not r == g == b and math.hypot(a - 128, b_ - 128) >= GREY_TYPE_CHROMA:
        return cmyk(value)
    return 0.0, 0.0, 0.0, _k_for_lightness(lightness)


@cache
def _to_lab():
    """sRGB -> CIELAB (D50, relative colorimetric), 8 bits: L 0–255, a and b offset 128."""
    from PIL import ImageCms

    return ImageCms.buildTransform(ImageCms.createProfile("sRGB"), ImageCms.createProfile(
        "LAB"), "RGB", "LAB", renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC)


def _k_for_lightness(lightness: int) -> float:
    """K of the K-only tint as light on the press (paper white is white) as `lightness`
    (0–255); anything darker than solid K prints as solid K."""
    ramp = _k_ramp()
    k = next((k for k in range(256) if ramp[k] <= lightness), None)
    if k is None:
        return 1.0
    if k > 0 and ramp[k - 1] != ramp[k]:  # between two tints: interpolate
        k -= (lightness - ramp[k]) / (ramp[k - 1] - ramp[k])
    return min(1.0, max(0.0, k / 255))


@cache
def _k_ramp() -> tuple[int, ...]:
    """The lightness (0–255) of each K-only tint 0–255 on the press, read from the
    profile by LittleCMS (relative colorimetric); it falls as K rises."""
    from PIL import Image, ImageCms

    tints = Image.frombytes("CMYK", (256, 1), bytes(c for k in range(256) for c in (0, 0, 0, k)))
    to_lab = ImageCms.buildTransform(_profile(), ImageCms.createProfile("LAB"), "CMYK", "LAB",
                                     renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC)
    lab = ImageCms.applyTransform(tints, to_lab)
    return tuple(lab.getpixel((k, 0))[0] for k in range(256))


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
