"""Images enter a project only through here (DESIGN §2): checked, cleaned, bounded.

Order matters for untrusted files: only the five allowed decoders ever see the bytes; the
size is read from the header and refused above MAX_PIXELS before any pixel is decoded;
Pillow's own decompression-bomb guard stays on as a second line and is reported as an
ImageError; the pixels are then re-encoded, which drops EXIF, XMP, ICC and text chunks.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Asset, MapStudioError, ProjectData
from ..model.limits import MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS

ALLOWED_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg", "GIF": "image/gif",
                   "WEBP": "image/webp", "BMP": "image/bmp"}
MAX_PIXELS = MAX_IMAGE_PIXELS
MAX_SIDE = 4096
THUMB_SIDE = 256
JPEG_QUALITY = 92
_SUPPORTED = "PNG, JPEG, GIF, WebP or BMP"

if TYPE_CHECKING:  # Pillow loads with the first image checked, not with the store
    from PIL import Image


class ImageError(MapStudioError):
    """An image that cannot or must not be stored."""


def _header_size(data: bytes) -> tuple[str, int, int]:
    """Format and pixel size from the header alone, trying only the allowed decoders.

    Image.open would refuse a huge image with a message in pixels only; the plugin
    factories parse the header without that check, so the limit message can name w×h.
    """
    from PIL import Image

    Image.preinit()
    prefix = data[:16]
    for fmt in ALLOWED_FORMATS:
        factory, accept = Image.OPEN.get(fmt, (None, None))
        if factory is None or (accept and not accept(prefix)):
            continue
        try:
            image = factory(io.BytesIO(data), "")
        except (SyntaxError, IndexError, TypeError, ValueError, OSError, EOFError):
            continue
        return fmt, image.size[0], image.size[1]
    raise ImageError(f"not a supported image (use {_SUPPORTED})")


def _open_checked(data: bytes) -> Image.Image:
    """Check format and size from the header, then open under Pillow's bomb guard."""
    from PIL import Image, UnidentifiedImageError

    fmt, width, height = _header_size(data)
    if width < 1 or height < 1:
        raise ImageError("image has no pixels")
    if width * height > MAX_PIXELS:
        raise ImageError(f"image is {width}×{height} pixels; the limit is "
                         f"{MAX_PIXELS // 1_000_000} megapixels")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=[fmt])
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageError(f"image is {width}×{height} pixels; too large to open safely") \
            from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ImageError(f"image cannot be read: {exc}") from exc
    return image


def check_image(data: bytes) -> tuple[str, int, int]:
    """Verify stored image bytes (e.g. from an import) without changing them: every pixel
    is decoded, so data that a printer would choke on is refused here."""
    from PIL import Image

    _check_bytes(data)
    image = _open_checked(data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image.load()
    except Exception as exc:  # noqa: BLE001 - Pillow raises many types for broken data
        raise ImageError(f"image data is damaged: {exc}") from exc
    return ALLOWED_FORMATS[image.format], image.size[0], image.size[1]


def _check_bytes(data: bytes) -> None:
    if not isinstance(data, bytes) or not data:
        raise ImageError("image has no data")
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageError(f"image is {len(data):,} bytes; the limit is "
                         f"{MAX_IMAGE_BYTES >> 20} MB")


def rebuild_asset(asset: Asset, where: str = "image") -> Asset:
    """An imported image made again from its pixels, never taken on trust.

    Decoded whole, its size checked against the declared width and height, re-encoded
    without metadata (as `clean_image`), hashed from its own new bytes; the id is kept so
    references to it still hold.
    """
    try:
        _check_bytes(asset.data)
        _, width, height = _header_size(asset.data)
        if (width, height) != (asset.width, asset.height):
            raise ImageError(f"declared {asset.width}×{asset.height} pixels, but the image "
                             f"is {width}×{height}")
        check_image(asset.data)
        clean = clean_image(asset.data)
    except ImageError as exc:
        raise ImageError(f"{where}: {exc}") from exc
    return replace(clean, id=asset.id)


def rebuild_images(data: ProjectData) -> ProjectData:
    """`data` with every image rebuilt by `rebuild_asset` (errors name assets[i])."""
    assets = [rebuild_asset(a, f"assets[{i}]") for i, a in enumerate(data.assets)]
    return replace(data, assets=assets)


def _decode(data: bytes) -> tuple[Image.Image, str]:
    """Pixels, upright, at most MAX_SIDE on the longest side."""
    from PIL import Image, ImageOps

    image = _open_checked(data)
    source_format = image.format
    try:
        if source_format == "JPEG":  # let libjpeg scale down while decoding: less memory
            image.draft("RGB", (MAX_SIDE, MAX_SIDE))
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image.load()
            upright = ImageOps.exif_transpose(image)
    except Exception as exc:  # noqa: BLE001
        raise ImageError(f"image data is damaged: {exc}") from exc
    if max(upright.size) > MAX_SIDE:
        upright.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    return upright, source_format


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in image.info


def _encode(image: Image.Image, fmt: str, **options) -> bytes:
    image.info = {}  # nothing from the source file (EXIF, ICC, text, comments) survives
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def clean_image(data: bytes) -> Asset:
    """Decode, orient, downscale and re-encode so no metadata or oversize pixels remain.

    PNG for images with transparency or lossless sources (PNG, GIF, BMP), JPEG quality 92
    otherwise; a PNG thumbnail of at most THUMB_SIDE pixels. sha256 is of the stored bytes.
    """
    from PIL import Image

    image, source_format = _decode(data)
    alpha = _has_alpha(image)
    if alpha:
        image = image.convert("RGBA")
    elif image.mode not in ("1", "L", "RGB"):
        image = image.convert("RGB")
    if alpha or source_format in ("PNG", "GIF", "BMP"):
        stored, mime = _encode(image, "PNG", optimize=True), "image/png"
    else:
        rgb = image if image.mode in ("L", "RGB") else image.convert("RGB")
        stored, mime = _encode(rgb, "JPEG", quality=JPEG_QUALITY, optimize=True), "image/jpeg"
    thumb = image.copy()
    thumb.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.Resampling.LANCZOS)
    return Asset(sha256=hashlib.sha256(stored).hexdigest(), mime=mime, width=image.size[0],
                 height=image.size[1], data=stored, thumbnail=_encode(thumb, "PNG"))
