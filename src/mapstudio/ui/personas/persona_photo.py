"""Persona photos: checked like every image, then cropped to a centred square."""

from __future__ import annotations

import io

from PIL import Image, ImageOps

from ...store import check_image

PHOTO_SIDE = 512


def square_photo(data: bytes) -> bytes:
    """Raises MapStudioError (ImageError) for anything that is not a safe image."""
    check_image(data)  # format allow-list and pixel limit, from the header, before decoding
    image = ImageOps.exif_transpose(Image.open(io.BytesIO(data)))
    side = min(image.size)
    left, top = (image.width - side) // 2, (image.height - side) // 2
    image = image.crop((left, top, left + side, top + side))
    if side > PHOTO_SIDE:
        image = image.resize((PHOTO_SIDE, PHOTO_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=90)  # no EXIF, no GPS, no ICC notes
    return out.getvalue()
