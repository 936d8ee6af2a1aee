"""A uniform grid over the plane: what lies near a box, found without looking at the rest.

Label placement asks, for every spot it tries, which placed labels, points and stretches
of curve are close. Scanning them all makes the layout quadratic (2,000 labels in one
stage took minutes); a grid of cells about a label's size answers from the few cells a
box touches. Queries that only need to know "some" or "a few" stop early (`limit`), so a
crowded neighbourhood costs no more than a sparse one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from math import floor

from .geometry import Rect

Point = tuple[float, float]
MAX_CELLS = 4096  # cells one item or query may cover; beyond, the grid is coarsened


class Grid:
    """Items (by number) filed under every cell their bounding box touches."""

    def __init__(self, cell: float) -> None:
        self.cell = max(cell, 1.0)
        self.cells: dict[tuple[int, int], list[int]] = defaultdict(list)

    def _span(self, x0: float, y0: float, x1: float, y1: float):
        c = self.cell
        ix0, iy0, ix1, iy1 = floor(x0 / c), floor(y0 / c), floor(x1 / c), floor(y1 / c)
        if (ix1 - ix0 + 1) * (iy1 - iy0 + 1) > MAX_CELLS:  # a huge box: clamp the walk
            ix1 = min(ix1, ix0 + 63)
            iy1 = min(iy1, iy0 + 63)
        return range(ix0, ix1 + 1), range(iy0, iy1 + 1)

    def add(self, item: int, x0: float, y0: float, x1: float, y1: float) -> None:
        xs, ys = self._span(x0, y0, x1, y1)
        for ix in xs:
            for iy in ys:
                self.cells[(ix, iy)].append(item)

    def near(self, box: Rect, margin: float = 0.0) -> Iterator[int]:
        """Every item filed in a cell the box (grown by margin) touches, each once."""
        xs, ys = self._span(box.x - margin, box.y - margin, box.right + margin,
                            box.bottom + margin)
        seen: set[int] = set()
        cells = self.cells
        for ix in xs:
            for iy in ys:
                for item in cells.get((ix, iy), ()):
                    if item not in seen:
                        seen.add(item)
                        yield item


class Boxes:
    """Rectangles added one by one, with the overlaps of a query box."""

    def __init__(self, cell: float) -> None:
        self.grid = Grid(cell)
        self.rects: list[Rect] = []

    def add(self, r: Rect) -> None:
        self.grid.add(len(self.rects), r.x, r.y, r.right, r.bottom)
        self.rects.append(r)

    def overlaps(self, box: Rect, limit: int) -> list[float]:
        """Areas of overlap with at most `limit` of the rectangles that overlap `box`."""
        found = []
        for i in self.grid.near(box):
            r = self.rects[i]
            w = min(box.right, r.right) - max(box.x, r.x)
            h = min(box.bottom, r.bottom) - max(box.y, r.y)
            if w > 0 and h > 0:
                found.append(w * h)
                if len(found) >= limit:
                    break
        return found

    def count_near(self, box: Rect, limit: int) -> int:
        """How many rectangles overlap `box`, counting no further than `limit`."""
        return len(self.overlaps(box, limit))


class Points:
    """Points, with "is any within this distance of a box" answered from nearby cells."""

    def __init__(self, points: Sequence[Point], cell: float) -> None:
        self.points = list(points)
        self.grid = Grid(cell)
        for i, (x, y) in enumerate(self.points):
            self.grid.add(i, x, y, x, y)

    def near(self, box: Rect, distance: float) -> Iterator[Point]:
        for i in self.grid.near(box, distance):
            yield self.points[i]


class Segments:
    """The segments of a polyline filed by their bounding boxes."""

    def __init__(self, points: Sequence[Point], cell: float) -> None:
        self.points = list(points)
        self.grid = Grid(cell)
        for i in range(len(self.points) - 1):
            (ax, ay), (bx, by) = self.points[i], self.points[i + 1]
            self.grid.add(i, min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))

    def near_numbered(self, box: Rect) -> Iterator[tuple[int, Point, Point]]:
        """(number, start, end) of the segments filed near the box."""
        pts = self.points
        for i in self.grid.near(box):
            yield i, pts[i], pts[i + 1]
