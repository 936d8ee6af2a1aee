"""Images on the way in: allow-list, size limits before decoding, orientation, clean-up."""

from __future__ import annotations

import io
import time

import pytest
from PIL import Image, PngImagePlugin

from mapstudio.store import Document, ImageError, check_image, clean_image


def encode(image: Image.Image, fmt: str, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


@pytest.fixture
def doc(tmp_path):
    with Document.create(tmp_path / "img.mapstudio", "Images") as d:
        yield d


def test_huge_image_is_refused_from_its_header(doc) -> None:
    bomb = encode(Image.new("1", (20_000, 20_000)), "PNG")  # 400 megapixels, ~50 kB
    assert len(bomb) < 2_000_000
    start = time.perf_counter()
    with pytest.raises(ImageError) as info:
        doc.add_image(bomb)
    assert str(info.value) == "image is 20000×20000 pixels; the limit is 40 megapixels"
    assert time.perf_counter() - start < 1.0  # refused without decoding
    with pytest.raises(ImageError, match="20000×20000"):
        check_image(bomb)
    assert doc.assets() == []


def test_pillow_guard_is_reported_as_image_error(monkeypatch) -> None:
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)  # below our own limit
    with pytest.raises(ImageError, match="too large"):
        clean_image(encode(Image.new("RGB", (100, 100)), "PNG"))
    with pytest.raises(ImageError, match="too large"):
        clean_image(encode(Image.new("RGB", (40, 40)), "PNG"))  # warning zone too


@pytest.mark.parametrize("data", [
    b"plain text pretending to be a png",
    b"",
    b"\x89PNG\r\n\x1a\n" + b"\x00" * 40,
    encode(Image.new("RGB", (8, 8)), "TIFF"),
    encode(Image.new("RGB", (8, 8)), "ICO"),
    b"<svg xmlns='http://www.w3.org/2000/svg'/>",
], ids=["text", "empty", "png-signature-only", "tiff", "ico", "svg"])
def test_non_images_and_other_formats_are_refused(doc, data) -> None:
    with pytest.raises(ImageError, match="not a supported image"):
        doc.add_image(data)


def test_damaged_image_is_refused(doc) -> None:
    good = encode(Image.effect_noise((300, 300), 64).convert("RGB"), "PNG")
    with pytest.raises(ImageError, match="damaged|cannot be read"):
        doc.add_image(good[: len(good) // 2])


@pytest.mark.parametrize(("fmt", "mode", "stored"), [
    ("PNG", "RGB", "image/png"), ("PNG", "RGBA", "image/png"), ("GIF", "P", "image/png"),
    ("BMP", "RGB", "image/png"), ("JPEG", "RGB", "image/jpeg"),
    ("WEBP", "RGB", "image/jpeg"), ("WEBP", "RGBA", "image/png"),
])
def test_allowed_formats_are_re_encoded(doc, fmt, mode, stored) -> None:
    asset = doc.add_image(encode(Image.new(mode, (64, 32)), fmt))
    assert asset.mime == stored and (asset.width, asset.height) == (64, 32)
    with Image.open(io.BytesIO(asset.data)) as image:
        assert image.format == stored.split("/")[1].upper()
        assert image.size == (64, 32)
    assert doc.asset(asset.id) == asset


def test_exif_orientation_is_applied_and_metadata_stripped(doc) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    exif[0x010F] = "Camera maker"
    exif[0x8825] = {1: "N"}  # GPS
    image = Image.new("RGB", (40, 20), "blue")
    image.putpixel((0, 0), (255, 0, 0))
    asset = doc.add_image(encode(image, "JPEG", exif=exif, comment=b"secret"))
    assert (asset.width, asset.height) == (20, 40)
    with Image.open(io.BytesIO(asset.data)) as cleaned:
        assert not cleaned.getexif()
        assert "comment" not in cleaned.info and "exif" not in cleaned.info
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "someone@example.com")
    info.add_itxt("XML:com.adobe.xmp", "<x:xmpmeta/>")
    asset = doc.add_image(encode(Image.new("RGB", (10, 10)), "PNG", pnginfo=info,
                                 icc_profile=b"fake profile"))
    assert b"someone@example.com" not in asset.data and b"xmpmeta" not in asset.data
    with Image.open(io.BytesIO(asset.data)) as cleaned:
        assert "Author" not in cleaned.info and "icc_profile" not in cleaned.info


def test_large_images_are_downscaled_with_a_thumbnail(doc) -> None:
    big = doc.add_image(encode(Image.new("RGB", (6000, 3000), "white"), "PNG"))
    assert (big.width, big.height) == (4096, 2048)
    with Image.open(io.BytesIO(big.thumbnail)) as thumb:
        assert thumb.format == "PNG" and thumb.size == (256, 128)
    tall = clean_image(encode(Image.new("RGB", (1000, 5000)), "JPEG"))
    assert (tall.width, tall.height) == (819, 4096)


def test_the_same_image_is_stored_once(doc) -> None:
    data = encode(Image.new("RGB", (50, 50), "green"), "PNG")
    first = doc.add_image(data)
    events = []
    doc.subscribe(events.append)
    again = doc.add_image(data)
    assert again == first and len(doc.assets()) == 1 and events == []
    assert doc.add_image(encode(Image.new("RGB", (50, 50), "green"), "BMP")).id == first.id
