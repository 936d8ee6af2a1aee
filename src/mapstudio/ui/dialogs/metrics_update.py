"""Map ▸ Update metrics…: dated KPI values from a CSV file, in one undo step.

The file is read and every row bound to a KPI before anything is written; a bad row or
a key no KPI is bound to is listed by line and the project stays as it was. The result
dialog says how many values went into how many KPI cards.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ...commands.living_commands import SetMetricValuesCommand
from ...model import MapStudioError


def _tr(text: str) -> str:
    return QCoreApplication.translate("MetricsUpdate", text)


def ask_update_metrics(window, path: Path | None = None) -> bool:
    """Pick a CSV file (unless given) and add its values; True when anything was added."""
    doc = window.doc
    if doc is None:
        return False
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            window, _tr("Update metrics"), "",
            _tr("Metric data (*.csv *.tsv *.txt);;All files (*)"))
        if not name:
            return False
        path = Path(name)
    from ...interchange.files import read_text  # the interchange package: not at start-up
    from ...interchange.metrics_csv import plan_update

    window.commit_editors()
    title = _tr("Update metrics")
    try:
        table, entries = plan_update(read_text(path), doc.metric_bindings())
    except MapStudioError as exc:
        QMessageBox.warning(window, title, _tr("Nothing was changed. {0}: {1}").format(
            path.name, "\n".join(str(exc).split("; "))))
        return False
    cards = len({card_id for card_id, _, _ in entries})
    if not window.session.push(SetMetricValuesCommand(
            doc, entries, _tr("Update metrics from “{0}”").format(path.name))):
        return False
    QMessageBox.information(window, title, _tr(
        "{0} values from {1} rows went into {2} KPI cards (keys: {3}). "
        "Edit ▸ Undo takes them out again.").format(
        len(entries), len(table.rows), cards, ", ".join(sorted(table.keys()))))
    return True
