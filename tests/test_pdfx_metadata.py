"""PDF/X asks that the XMP packet and the info dictionary agree: a print shop's preflight
reports any difference. Read back from an exported file."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from mapstudio.export import ExportOptions, export_map

NS = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
      "dc": "http://purl.org/dc/elements/1.1/", "xmp": "http://ns.adobe.com/xap/1.0/",
      "pdf": "http://ns.adobe.com/pdf/1.3/", "pdfxid": "http://www.npes.org/pdfx/ns/id/"}


@pytest.fixture
def demo(tmp_path):
    from mapstudio.demo import make_demo_copy
    from mapstudio.store import Document

    doc = Document.open(make_demo_copy(tmp_path), read_only=True)
    yield doc
    doc.close()


def _pdf_date(value: str) -> datetime:
    return datetime.strptime(value[2:16], "%Y%m%d%H%M%S").replace(tzinfo=UTC)


@pytest.mark.parametrize("cmyk", [False, True])
def test_xmp_says_what_the_info_dictionary_says(demo, tmp_path, cmyk) -> None:
    out = export_map(demo, tmp_path / "x.pdf",
                     ExportOptions("pdf", paper="A3", pdfx=True, cmyk=cmyk))
    reader = PdfReader(str(out))
    info = reader.trailer["/Info"].get_object()
    root = ET.fromstring(reader.trailer["/Root"]["/Metadata"].get_object().get_data())
    d = root.find(".//rdf:Description", NS)

    def one(path: str) -> str:
        return d.find(path, NS).text or ""

    assert one("dc:title/rdf:Alt/rdf:li") == info["/Title"]
    assert one("dc:creator/rdf:Seq/rdf:li") == info["/Author"]
    assert one("dc:description/rdf:Alt/rdf:li") == info["/Subject"]
    assert one("pdf:Keywords") == info["/Keywords"]
    assert one("xmp:CreatorTool") == info["/Creator"]
    assert one("pdf:Producer") == info["/Producer"]
    assert one("pdf:Trapped") == str(info["/Trapped"]).lstrip("/") == "False"
    assert one("pdfxid:GTS_PDFXVersion") == info["/GTS_PDFXVersion"] == "PDF/X-4"
    for key, tag in (("/CreationDate", "xmp:CreateDate"), ("/ModDate", "xmp:ModifyDate")):
        xmp = datetime.strptime(one(tag), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        assert xmp == _pdf_date(info[key]), key
    assert "Northbank" in info["/Title"] and info["/Author"]  # the project's own words
