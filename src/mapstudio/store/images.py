"""Images enter a project only through here (DESIGN §2): checked, cleaned, bounded."""

from __future__ import annotations

import hashlib
import io
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError

from ..model import Asset, MapStudioError

ALLOWED_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg", "GIF": "image/gif",
                   "WEBP": "image/webp", "BMP": "image/bmp"}
MAX_PIXELS = 40_000_000
MAX_SIDE = 4096
THUMB_SIDE = 256


class ImageError(MapStudioError):
    """An image that cannot or must not be stored."""


def _open_checked(data: bytes) -> Image.Image:
    """Open lazily and check format and size from the header, before any decoding."""
    limit = Image.MAX_IMAGE_PIXELS
    try:
        # Opening only parses the header; our own pixel limit below gives the message.
        Image.MAX_IMAGE_PIXELS = None
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except (UnidentifiedImageError, Image.DecompressionBombError,
            Image.DecompressionBombWarning) as exc:
        if isinstance(exc, UnidentifiedImageError):
            raise ImageError("not a supported image (PNG, JPEG, GIF, WebP or BMP)") from exc
        raise ImageError(f"image is too large to open safely: {exc}") from exc
    except OSError as exc:
        raise ImageError(f"image cannot be read: {exc}") from exc
    finally:
        Image.MAX_IMAGE_PIXELS = limit
    if image.format not in ALLOWED_FORMATS:
        raise ImageError(f"{image.format} images are not supported; use PNG, JPEG, GIF, "
                         "WebP or BMP")
    w, h = image.size
    if w * h > MAX_PIXELS:
        raise ImageError(f"image is {w}×{h} pixels; the limit is {MAX_PIXELS // 1_000_000} "
                         "megapixels")
    if w < 1 or h < 1:
        raise ImageError("image has no pixels")
    return image


def check_image(data: bytes) -> tuple[str, int, int]:
    """Verify stored image bytes (e.g. from an import) without changing them."""
    image = _open_checked(data)
    try:
        image.verify()
    except Exception as exc:  # noqa: BLE001 - Pillow raises many types for broken data
        raise ImageError(f"image data is damaged: {exc}") from exc
    return ALLOWED_FORMATS[image.format], image.size[0], image.size[1]


def clean_image(data: bytes) -> Asset:
    """Decode, orient, downscale and re-encode so no metadata or oversize pixels remain."""
    image = _open_checked(data)
    source_format = image.format
    try:
        image.load()
        image = ImageOps.exif_transpose(image)
    except Exception as exc:  # noqa: BLE001
        raise ImageError(f"image data is damaged: {exc}") from exc
    if max(image.size) > MAX_SIDE:
        image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    lossless = has_alpha or source_format in ("PNG", "GIF", "BMP")
    out = io.BytesIO()
    if lossless:
        image = image.convert("RGBA" if has_alpha else "RGB")
        image.save(out, "PNG", optimize=True)
        mime = "image/png"
    else:
        image.convert("RGB").save(out, "JPEG", quality=92, optimize=True)
        mime = "image/jpeg"
    stored = out.getvalue()
    thumb = image.copy()
    thumb.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.Resampling.LANCZOS)
    thumb_out = io.BytesIO()
    thumb.save(thumb_out, "PNG")
    return Asset(sha256=hashlib.sha256(stored).hexdigest(), mime=mime, width=image.size[0],
                 height=image.size[1], data=stored, thumbnail=thumb_out.getvalue())
