"""JourneyScene mirrors one map of the document.

It rebuilds geometry from the store whenever the document reports a change to the shown
map (coalesced to one relayout per event-loop turn) and reuses items by id, so a
relayout of thousands of cards only moves what moved. Someone else's edit of card fields
only (no structure: nothing added, moved or removed) re-reads just those cards instead
of the whole map. Edits go out as commands.
"""

from __future__ import annotations

import logging
from bisect import bisect_right

from PySide6.QtCore import QCoreApplication, QRectF, QTimer, Signal
from PySide6.QtGui import QPixmapCache, QUndoStack
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from .. import i18n
from ..commands import SetEmotionScoreCommand
from ..export.render import spread_points
from ..layout import LABELS, Labels, MapGeometry, layout_map
from ..layout.links import LinkSummaryCache
from ..model import DamagedMapError
from ..model.changes import ChangeSet, Entity, Op, Origin
from ..model.document_api import DocumentAPI
from .background import BackgroundItem
from .curves import EmotionCurveItem, EmotionPointItem
from .fonts import QtTextMeasure
from .items import BlueprintLabelsItem, CardItem, HeaderItem, OverviewItem, PixmapCache

_MEASURE: QtTextMeasure | None = None
_LABELS: tuple[tuple[str, ...], Labels] | None = None
NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
PIXMAP_CACHE_KB = 256 * 1024


def shared_measure() -> QtTextMeasure:
    global _MEASURE
    if _MEASURE is None:
        _MEASURE = QtTextMeasure()
    return _MEASURE


def layout_labels(language: str = "") -> Labels:
    """The words the layout adds (lane kinds, badges, subtitle…) in `language` (the
    project's), else in the interface language: context "Layout" of the app's
    translations, English where untranslated."""
    global _LABELS
    from ..export.language import print_labels, supported

    language = supported(language)
    if language and language != i18n.current_language():
        return print_labels(language)  # read from its catalogue, cached
    installed = tuple(i18n.installed_files())
    if _LABELS is None or _LABELS[0] != installed:
        _LABELS = installed, Labels({key: QCoreApplication.translate("Layout", text)
                                     for key, text in LABELS.items()},
                                    i18n.current_language())
    return _LABELS[1]


log = logging.getLogger(__name__)


class JourneyScene(QGraphicsScene):
    relaid = Signal()  # geometry rebuilt (after every model change)
    damaged = Signal(str)  # the shown map's rows cannot be read: what is wrong

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.doc: DocumentAPI = session.document
        self.undo_stack: QUndoStack = session.undo_stack
        self.map_id: str | None = None
        self.link_cache = LinkSummaryCache()  # roll-ups of the maps cards link to
        self.content = None
        self.geometry: MapGeometry | None = None
        self.pixmaps = PixmapCache(self.doc)
        self.cards: dict[str, CardItem] = {}
        self.stage_items: dict[str, HeaderItem] = {}
        self.lane_items: dict[str, HeaderItem] = {}
        self._extras: list = []
        self.background: BackgroundItem | None = None
        self.blueprint_labels: BlueprintLabelsItem | None = None
        self._stage_edges: list[float] = []
        self.cell_cards: dict[tuple[str, str], list] = {}
        self._pending = False
        self._patches: list[ChangeSet] | None = []  # None: the whole map is read again
        self._language: str | None = None  # the project's, read on the first layout
        self.grid_step = 0.0  # the view's snapping grid, drawn faintly on the paper
        self.overview = False  # zoomed out: cards drawn as blocks by one OverviewItem
        self.overview_item: OverviewItem | None = None
        self.selectionChanged.connect(self._selection_for_overview)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        # Item caches live in QPixmapCache (10 MB by default): a screenful of cards and
        # tall lane headers overflow it and every frame would re-render them.
        if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KB:
            QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
        session.changed.connect(self._on_change)

    # ---- model -> scene ----------------------------------------------------------------

    def show_map(self, map_id: str | None) -> None:
        self.map_id = map_id
        self.clearSelection()
        for item in list(self.cards.values()):
            self.removeItem(item)
        self.cards.clear()
        self.relayout()

    def _on_change(self, changes: ChangeSet) -> None:
        """Relayout only for commits that concern the shown map (ours or anyone's)."""
        if changes.touches(Entity.PROJECT):
            self._language = None  # the project's language may have changed
            self.link_cache.clear()  # the whole project may have been put back
        if self.link_cache.forget(changes.map_ids() | changes.ids(Entity.MAP)):
            self.schedule_relayout()  # a map this one links to changed: its badge follows
        if self.map_id in changes.ids(Entity.MAP) and any(
                c.op == Op.REMOVED for c in changes.of(Entity.MAP) if c.id == self.map_id):
            return  # the window picks another map
        if changes.touches_map(self.map_id):
            if self._patches is not None and self._card_fields_only(changes):
                self._patches.append(changes)
                self._schedule()
            else:
                self.schedule_relayout()

    def _card_fields_only(self, changes: ChangeSet) -> bool:
        return changes.origin == Origin.REMOTE and all(
            c.entity == Entity.CARD and c.op == Op.UPDATED and c.map_id == self.map_id
            for c in changes)

    def schedule_relayout(self) -> None:
        """Read the whole map again and lay it out, once, on the next event-loop turn."""
        self._patches = None
        self._schedule()

    def _schedule(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._run_scheduled)

    def _run_scheduled(self) -> None:
        if not self._pending:  # relaid out directly meanwhile
            return
        patches = self._patches
        if not patches or not self._patch_cards(patches):
            self.relayout()

    def _patch_cards(self, sets: list[ChangeSet]) -> bool:
        """Others' edits of card fields: those cards read again, the map laid out from
        what is shown. False (read the whole map) when a card is not shown or gone."""
        self._pending, self._patches = False, []
        if self.content is None or not {c.id for s in sets for c in s} <= {
                c.id for c in self.content.cards}:
            return False
        try:
            fresh = {c.id: c for c in self.doc.reread_cards(self.map_id, sets)}
        except Exception:  # noqa: BLE001 - deleted meanwhile: the whole map says how
            return False
        self.content.cards = [fresh.get(c.id, c) for c in self.content.cards]
        self._lay_out()
        return True

    def relayout(self) -> None:
        self._pending, self._patches = False, []
        if self.map_id is None:
            self._clear_all()
            return
        try:
            self.content = self.doc.load_map(self.map_id)
        except DamagedMapError as exc:  # say so; the project's other maps stay usable
            log.error("%s", exc)
            self.map_id = None
            self._clear_all()
            self.damaged.emit(str(exc))
            return
        except Exception:  # noqa: BLE001 - the map was deleted (or the project closed)
            self.map_id = None
            self._clear_all()
            return
        self._lay_out()

    def _lay_out(self) -> None:
        personas = [p for p in self.doc.personas()]
        self.geometry = layout_map(self.content, shared_measure(), personas,
                                   image_sizes=self.pixmaps.sizes(), labels=self.labels(),
                                   links=self.link_cache.summaries(self.content,
                                                                   self.doc.load_map))
        self.cell_cards = {}
        for card in self.content.cards:  # already in (lane, stage, position) order
            self.cell_cards.setdefault((card.lane_id, card.stage_id), []).append(card)
        self._apply_geometry(self.geometry)
        self.relaid.emit()

    def labels(self) -> Labels:
        """The layout's words in the project's language, else the interface's."""
        if self._language is None:
            try:
                self._language = self.doc.project().settings.language
            except Exception:  # noqa: BLE001 - no readable project: the interface's words
                self._language = ""
        return layout_labels(self._language)

    def _clear_all(self) -> None:
        self.clear()
        self.overview_item = None
        self.cards.clear()
        self.stage_items.clear()
        self.lane_items.clear()
        self._extras.clear()
        self.background = None
        self.blueprint_labels = None
        self.geometry = None
        self.content = None

    def _apply_geometry(self, g: MapGeometry) -> None:
        if self.background is None:
            self.background = BackgroundItem(g, self.pixmaps)
            self.addItem(self.background)
            self.blueprint_labels = BlueprintLabelsItem()
            self.addItem(self.blueprint_labels)
        else:
            self.background.set_geometry(g)
        self.blueprint_labels.set_lines(g.blueprint_lines)
        selected = {cid for cid, item in self.cards.items() if item.isSelected()}
        for card_id in list(self.cards):
            if card_id not in g.cards:
                self.removeItem(self.cards.pop(card_id))
        for card_id, box in g.cards.items():
            item = self.cards.get(card_id)
            if item is None:
                item = self.cards[card_id] = CardItem(box, self.pixmaps)
                if self.overview:
                    item.setFlag(NO_CONTENTS, True)
                self.addItem(item)
            elif item.box != box or item.pos().x() != box.rect.x or item.pos().y() != box.rect.y:
                item.set_box(box)
            item.setSelected(card_id in selected)
        self._sync_headers(self.stage_items, g.stages, "stage")
        self._sync_headers(self.lane_items, g.lanes, "lane")
        for item in self._extras:
            self.removeItem(item)
        self._extras = []
        spread = iter(spread_points(g))  # as printed: a shape per curve, clashes fanned out
        for series in g.series:
            curve = EmotionCurveItem(series)
            self.addItem(curve)
            self._extras.append(curve)
            plot = g.plot_rects[series.lane_id]
            for pt in series.points:
                (x, y), _series, shape = next(spread)
                handle = EmotionPointItem(pt.point_id, x, y, plot, series.colour,
                                          series.dashed, pt.label, self._point_released,
                                          pt.label_line, shape_index=shape)
                self.addItem(handle)
                self._extras.append(handle)
        if self.overview_item is None:
            self.overview_item = OverviewItem()
            self.overview_item.setVisible(self.overview)
            self.addItem(self.overview_item)
        self.overview_item.set_boxes(g.cards, QRectF(0, 0, g.width, g.height))
        self.overview_item.set_selected(selected)
        self._stage_edges = [h.rect.x for h in g.stages.values()]
        self.setSceneRect(QRectF(0, 0, g.width, g.height))

    def set_overview(self, on: bool) -> None:
        """Switch between per-card painting and one batched block drawing (zoomed out)."""
        if on == self.overview:
            return
        self.overview = on
        for item in self.cards.values():
            item.setFlag(NO_CONTENTS, on)
        if self.overview_item is not None:
            self.overview_item.setVisible(on)
            self.overview_item.set_selected(self.selected_card_ids())

    def _selection_for_overview(self) -> None:
        if self.overview and self.overview_item is not None:
            self.overview_item.set_selected(self.selected_card_ids())

    def _sync_headers(self, items: dict, boxes: dict, orientation: str) -> None:
        for key in list(items):
            if key not in boxes:
                self.removeItem(items.pop(key))
        for key, box in boxes.items():
            if key in items:
                if items[key].box != box:
                    items[key].set_box(box)
            else:
                items[key] = HeaderItem(box, orientation)
                self.addItem(items[key])

    # ---- geometry queries ----------------------------------------------------------------

    def cell_at(self, x: float, y: float) -> tuple[str, str] | None:
        """(lane_id, stage_id) under a scene point, by bisection over columns and rows."""
        g = self.geometry
        if g is None or not self._stage_edges:
            return None
        i = bisect_right(self._stage_edges, x) - 1
        if i < 0:
            return None
        stage = self.content.stages[i]
        if x > g.stages[stage.id].rect.right:
            return None
        for lane in self.content.lanes:
            r = g.lanes[lane.id].rect
            if r.y <= y <= r.bottom:
                return lane.id, stage.id
        return None

    def insert_index(self, lane_id: str, stage_id: str, y: float,
                     ignore: set[str] = frozenset()) -> int:
        """Where a card dropped at height y lands among the cell's other cards."""
        index = 0
        for card in self.cell_cards.get((lane_id, stage_id), ()):
            if card.id in ignore:
                continue
            box = self.geometry.cards[card.id]
            if y > box.rect.y + box.rect.h / 2:
                index += 1
        return index

    def indicator_y(self, lane_id: str, stage_id: str, index: int,
                    ignore: set[str] = frozenset()) -> float:
        others = [c for c in self.cell_cards.get((lane_id, stage_id), ())
                  if c.id not in ignore]
        cell = self.geometry.cells[(lane_id, stage_id)]
        if not others:
            return cell.y + 5
        if index >= len(others):
            last = self.geometry.cards[others[-1].id].rect
            return last.bottom + 3
        return self.geometry.cards[others[index].id].rect.y - 3

    def selected_card_ids(self) -> list[str]:
        return [i.card_id for i in self.selectedItems() if isinstance(i, CardItem)]

    def _point_released(self, point_id: str, y: float) -> None:
        """Turn a dragged handle's height into a snapped score, as one undoable step."""
        point = next((p for p in self.content.emotion_points if p.id == point_id), None)
        if point is None:
            return
        plot = self.geometry.plot_rects[point.lane_id]
        scale = self.content.map.scale
        raw = scale.min + (plot.bottom - y) / plot.h * (scale.max - scale.min)
        score = scale.snap(raw)
        if score != point.score:
            self.undo_stack.push(SetEmotionScoreCommand(self.doc, point_id, score))
        else:
            self.schedule_relayout()  # snap the handle back
