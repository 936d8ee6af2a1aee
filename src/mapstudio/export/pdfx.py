"""PDF/X-4 on a ReportLab canvas: PDF 1.6, an output intent, identification, XMP.

ReportLab writes neither output intents nor XMP, so this adds them to its catalog and
info objects: `/OutputIntents` with a GTS_PDFX intent whose destination profile is sRGB
(LittleCMS's, through Pillow) — or, with `--cmyk`, the press profile the colours were
converted with, the intent naming its registered condition (FOGRA39) —,
`/GTS_PDFXVersion (PDF/X-4)` and `/Trapped /False` in the info dictionary, and an XMP
packet that says the same. Every page already carries TrimBox and BleedBox, every font is
embedded, nothing is encrypted: the rest of what PDF/X asks.
"""

from __future__ import annotations

import time
import uuid
from functools import cache
from xml.sax.saxutils import escape

PDFX_VERSION = "PDF/X-4"
PDF_VERSION = (1, 6)
INTENT_PDF_VERSION = (1, 4)  # output intents came with PDF 1.4
SRGB = "sRGB IEC61966-2.1"


@cache
def srgb_profile() -> bytes:
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def _xmp(info, stamp) -> bytes:
    """The XMP packet, from the info dictionary's own values: PDF/X asks that the two
    agree (title, author, subject, keywords, creator, producer, dates, trapping)."""
    when = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(getattr(stamp, "t", stamp)))
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title>{_alt(info.title)}</dc:title>
   <dc:creator><rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description>{_alt(info.subject)}</dc:description>
   <xmp:CreateDate>{when}</xmp:CreateDate>
   <xmp:ModifyDate>{when}</xmp:ModifyDate>
   <xmp:MetadataDate>{when}</xmp:MetadataDate>
   <xmp:CreatorTool>{escape(info.creator)}</xmp:CreatorTool>
   <pdf:Producer>{escape(info.producer)}</pdf:Producer>
   <pdf:Keywords>{escape(info.keywords)}</pdf:Keywords>
   <pdf:Trapped>{info.trapped}</pdf:Trapped>
   <xmpMM:DocumentID>uuid:{uuid.uuid4()}</xmpMM:DocumentID>
   <xmpMM:VersionID>1</xmpMM:VersionID>
   <xmpMM:RenditionClass>default</xmpMM:RenditionClass>
   <pdfxid:GTS_PDFXVersion>{PDFX_VERSION}</pdfxid:GTS_PDFXVersion>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()


def _alt(value: str) -> str:
    return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt>'


@cache
def _xmp_stream_class():
    from reportlab.pdfbase import pdfdoc

    class XmpStream(pdfdoc.PDFStream):
        """Metadata written when the file is: the info set after `make_pdfx` is in it."""

        def format(self, document):
            self.content = _xmp(document.info, document._timeStamp)
            return super().format(document)

    return XmpStream


def add_output_intent(canvas, cmyk_profile: tuple[bytes, str, str] | None = None) -> None:
    """A GTS_PDFX output intent in the catalog: sRGB, or with `cmyk_profile` (the press
    profile, its condition's registered identifier and description) the printing
    condition the CMYK numbers were separated for. A `--cmyk` file carries it even
    outside PDF/X, so a print shop's RIP knows what the numbers mean."""
    from reportlab.pdfbase import pdfdoc

    doc = canvas._doc
    if cmyk_profile is None:
        profile, channels, condition, info = srgb_profile(), 3, SRGB, SRGB
    else:
        profile, condition, info = cmyk_profile
        channels = 4
    icc = pdfdoc.PDFStream(pdfdoc.PDFDictionary({"N": channels}), profile)
    intent = pdfdoc.PDFDictionary({
        "Type": pdfdoc.PDFName("OutputIntent"),
        "S": pdfdoc.PDFName("GTS_PDFX"),
        "OutputConditionIdentifier": pdfdoc.PDFString(condition),
        "OutputCondition": pdfdoc.PDFString(info),
        "RegistryName": pdfdoc.PDFString("http://www.color.org"),
        "Info": pdfdoc.PDFString(info),
        "DestOutputProfile": doc.Reference(icc),
    })
    catalog = doc.Catalog
    catalog.__NoDefault__ = [*type(catalog).__NoDefault__, "OutputIntents"]
    catalog.OutputIntents = pdfdoc.PDFArray([intent])


def make_pdfx(canvas, title: str, creator: str,
              cmyk_profile: tuple[bytes, str, str] | None = None) -> None:
    """Turn the document of `canvas` into PDF/X-4 when it is saved (`add_output_intent`
    says what `cmyk_profile` is)."""
    from reportlab.pdfbase import pdfdoc

    doc = canvas._doc
    add_output_intent(canvas, cmyk_profile)
    xmp = _xmp_stream_class()(pdfdoc.PDFDictionary({"Type": pdfdoc.PDFName("Metadata"),
                                                    "Subtype": pdfdoc.PDFName("XML")}),
                              b"", filters=[])
    doc.Catalog.Metadata = xmp
    doc.info.__class__ = _info_class()
    doc.info.trapped = "False"
    doc.info.title, doc.info.creator = title, creator  # the caller may set the rest later


@cache
def _info_class():
    from reportlab.pdfbase import pdfdoc

    class PdfxInfo(pdfdoc.PDFInfo):
        def format(self, document):
            D = {"Title": pdfdoc.PDFString(self.title),
                 "Author": pdfdoc.PDFString(self.author),
                 "Producer": pdfdoc.PDFString(self.producer),
                 "Creator": pdfdoc.PDFString(self.creator),
                 "Subject": pdfdoc.PDFString(self.subject),
                 "Keywords": pdfdoc.PDFString(self.keywords),
                 "Trapped": pdfdoc.PDFName(self.trapped),
                 "GTS_PDFXVersion": pdfdoc.PDFString(PDFX_VERSION)}
            D["ModDate"] = D["CreationDate"] = pdfdoc.PDFDate(
                ts=document._timeStamp, dateFormatter=self._dateFormatter)
            return pdfdoc.PDFDictionary(D).format(document)

    return PdfxInfo
