"""`mapstudio metrics FILE DATA.csv`: dated values into the KPI cards bound to their keys.

All or nothing: the file is read and every row bound to a KPI before anything is
written, then every value goes in one transaction. A bad row or a key no KPI is bound to
is named by its line, and the project stays as it was (exit 3).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .arguments import print_json


def add_arguments(sub) -> None:
    p = sub.add_parser("metrics", help="add dated KPI values from a CSV file "
                                       "(key,value,date; GA4-like; or date,<key>,<key>…)")
    p.add_argument("file", type=Path)
    p.add_argument("data", type=Path)
    p.add_argument("--json", action="store_true")


def cmd_metrics(args: argparse.Namespace) -> int:
    from ..interchange import InterchangeError
    from ..interchange.files import read_text
    from ..interchange.metrics_csv import plan_update
    from ..store import Document

    text = read_text(args.data)
    doc = Document.open(args.file)
    try:
        try:
            table, entries = plan_update(text, doc.metric_bindings())
        except InterchangeError as exc:
            raise InterchangeError(f"{args.data}: {exc}") from None
        doc.set_metric_values(entries)
    finally:
        doc.close()
    cards = len({card_id for card_id, _, _ in entries})
    summary = {"rows": len(table.rows), "layout": table.layout, "keys": sorted(table.keys()),
               "cards": cards, "values": len(entries)}
    if args.json:
        print_json(summary)
    else:
        print(f"{args.file}: {len(entries)} values for {cards} KPI card(s) from "
              f"{len(table.rows)} rows ({table.layout} layout)")
    return 0
