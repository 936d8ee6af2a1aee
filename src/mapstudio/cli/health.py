"""`mapstudio check FILE --health`: the health check's advice, one finding a line.

Findings are advice, so they exit 0; only a file that cannot be read exits 3. Text
overflow is judged on the print's own layout (the PDF's text measure and words).
"""

from __future__ import annotations

import argparse

from .arguments import print_json


def project_health(doc, today=None) -> list:
    """Every finding of every map of an open document, maps in order."""
    from ..export.fonts import shared_measure
    from ..export.language import print_labels, print_language
    from ..layout.health import map_health

    measure = shared_measure()
    labels = print_labels(print_language("", doc.project().settings.language))
    findings = []
    for m in doc.maps():
        content = doc.load_map(m.id)
        findings += map_health(content, measure, today, personas=_personas(doc, m),
                               image_sizes=dict(doc.asset_sizes()), labels=labels)
    return findings


def _personas(doc, journey_map) -> list:
    library = {p.id: p for p in doc.personas()}
    return [library[pid] for pid in journey_map.persona_ids if pid in library]


def cmd_check_health(args: argparse.Namespace) -> int:
    from .workspace import open_target

    doc = open_target(args.file)  # a file, or a workspace project URL#PROJECT
    try:
        findings = project_health(doc)
        titles = {m.id: m.title for m in doc.maps()}
    finally:
        doc.close()
    if args.json:
        print_json([f.as_dict() | {"map": titles.get(f.map_id, "")} for f in findings])
        return 0
    for f in findings:
        print(f"{f.kind:26} {f.target_id}  {f.message}")
    print(f"{args.file}: {len(findings)} finding(s)" if findings else f"{args.file}: healthy")
    return 0
