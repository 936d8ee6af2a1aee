"""Where emotion-point labels go: clear of each other, of the points and of the curves.

Each label tries a few spots around its point (above or below, centred or to a side,
then a step further out) and takes the cheapest: leaving the lane or covering another
label or point costs most, then a curve passing through the text or grazing it (checked
segment by segment on a fine polyline of the drawn curve, so a steep stretch cannot slip
between samples), and the spots are
ordered by the curve's shape there (a peak prefers above, a valley below, a slope the side
the line leaves free), so labels alternate naturally and stay put when nothing collides.
"""

from __future__ import annotations

from collections.abc import Sequence

from .curves import bezier_segments
from .geometry import Rect, TextLine
from .spatial import Boxes, Points, Segments
from .text import DESCENT, FontSpec, TextMeasure

Point = tuple[float, float]
STROKE_HALF = 1.2  # half the curves' 2.4-point stroke
CURVE_AIR = 3.0  # wished-for room between a label and a curve beside it


def curve_samples(points: Sequence[Point], step: float = 4.0) -> list[Point]:
    """Points along the drawn (monotone Bézier) curve, about `step` apart in x."""
    if len(points) < 2:
        return list(points)
    out = [points[0]]
    start = points[0]
    for c1, c2, end in bezier_segments(list(points)):
        n = max(4, int(abs(end[0] - start[0]) / step))
        for k in range(1, n + 1):
            t = k / n
            u = 1 - t
            a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
            out.append((a * start[0] + b * c1[0] + c * c2[0] + d * end[0],
                        a * start[1] + b * c1[1] + c * c2[1] + d * end[1]))
        start = end
    return out


def _shape(prev: Point | None, here: Point, nxt: Point | None) -> str:
    """peak | valley | up (rising to the right on screen) | down | flat; y grows downwards."""
    ys = [p[1] for p in (prev, nxt) if p is not None]
    if not ys:
        return "flat"
    if all(here[1] < y - 0.5 for y in ys):
        return "peak"
    if all(here[1] > y + 0.5 for y in ys):
        return "valley"
    left = prev[1] if prev is not None else here[1]
    right = nxt[1] if nxt is not None else here[1]
    if right < left - 0.5:
        return "up"
    if right > left + 0.5:
        return "down"
    return "flat"


# candidate spots in order of preference, per local shape of the curve
PREFERENCE = {
    "peak": ("above", "above_right", "above_left", "right", "left", "below", "below_right",
             "below_left"),
    "valley": ("below", "below_right", "below_left", "right", "left", "above", "above_right",
               "above_left"),
    "up": ("above_left", "below_right", "above", "below", "left", "right", "above_right",
           "below_left"),
    "down": ("above_right", "below_left", "above", "below", "right", "left", "above_left",
             "below_right"),
    "flat": ("above", "below", "above_right", "below_right", "above_left", "below_left",
             "right", "left"),
}


def _spot(name: str, x: float, y: float, w: float, font: FontSpec, radius: float,
          far: float) -> tuple[float, float]:
    """(left x, baseline) of a label of width w at spot `name` around point (x, y)."""
    ascent, descent = font.ascent, font.size * DESCENT
    gap = radius + 2 + far
    above = y - gap - descent
    below = y + gap + ascent
    middle = y + (ascent - descent) / 2
    return {
        "above": (x - w / 2, above),
        "below": (x - w / 2, below),
        "above_right": (x + radius, above),
        "below_right": (x + radius, below),
        "above_left": (x - radius - w, above),
        "below_left": (x - radius - w, below),
        "right": (x + gap + 1, middle),
        "left": (x - gap - 1 - w, middle),
    }[name]


def _distance(box: Rect, x: float, y: float) -> float:
    dx = max(box.x - x, 0.0, x - box.right)
    dy = max(box.y - y, 0.0, y - box.bottom)
    return (dx * dx + dy * dy) ** 0.5


def _overlap(a: Rect, b: Rect) -> float:
    w = min(a.right, b.right) - max(a.x, b.x)
    h = min(a.bottom, b.bottom) - max(a.y, b.y)
    return w * h if w > 0 and h > 0 else 0.0


def _grown(r: Rect, d: float) -> Rect:
    return Rect(r.x - d, r.y - d, r.w + 2 * d, r.h + 2 * d)


def _segment_hits(box: Rect, a: Point, b: Point) -> bool:
    """Whether the segment a-b passes through the box (Liang-Barsky clipping)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, a[0] - box.x), (dx, box.right - a[0]),
                 (-dy, a[1] - box.y), (dy, box.bottom - a[1])):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True


CROWD = 24  # points around a label beyond which no spot can be clear: no search
CAP = 8  # overlaps or crossings counted per spot; more cannot change the choice


class _Curves:
    """The drawn curves as fine polylines, all their segments filed in one grid."""

    def __init__(self, curves: Sequence[Sequence[Point]], cell: float) -> None:
        points, self.owner = [], []  # owner: the curve of the segment starting at i
        for n, curve in enumerate(curves):
            samples = curve_samples(curve, step=2.0)
            points += samples
            self.owner += [n] * (len(samples) - 1) + [-1]  # -1: no segment to the next
        self.segments = Segments(points, cell)

    def crossings(self, box: Rect, limit: int = CAP) -> dict[int, int]:
        """Segments passing through the box, per curve (counting no further than limit)."""
        top, bottom, found = box.y, box.bottom, {}
        owner = self.owner
        for i, a, b in self.segments.near_numbered(box):
            curve = owner[i]
            if curve < 0 or found.get(curve, 0) >= limit:
                continue
            if min(a[1], b[1]) <= bottom and max(a[1], b[1]) >= top \
                    and _segment_hits(box, a, b):
                found[curve] = found.get(curve, 0) + 1
        return found


def _reach(boxes: Sequence[Rect]) -> Rect:
    left, top = min(b.x for b in boxes), min(b.y for b in boxes)
    return Rect(left, top, max(b.right for b in boxes) - left,
                max(b.bottom for b in boxes) - top)


def place_labels(series: Sequence[Sequence[tuple[str, float, float, str]]], bounds: Rect,
                 font: FontSpec, measure: TextMeasure, colour: str, radius: float,
                 obstacles: Sequence[Rect] = ()) -> dict[str, TextLine]:
    """Label lines for points given per series as (point id, x, y, label), by point id.

    n log n: labels are taken left to right (one sort) and everything near a spot is found
    in a grid; where more than CROWD points surround a label no spot can be clear, so it
    takes its preferred one without a search.
    """
    ascent, descent = font.ascent, font.size * DESCENT
    cell = 2 * (ascent + descent) + 2 * radius
    dots = Boxes(cell)
    for pts in series:
        for _, x, y, _ in pts:
            dots.add(Rect(x - radius - 1, y - radius - 1, 2 * radius + 2, 2 * radius + 2))
    centres = Points([(x, y) for pts in series for _, x, y, _ in pts], cell)
    curves = _Curves([[(x, y) for _, x, y, _ in pts] for pts in series], cell)
    jobs = []
    for pts in series:
        for k, (pid, x, y, label) in enumerate(pts):
            if not label:
                continue
            prev = (pts[k - 1][1], pts[k - 1][2]) if k > 0 else None
            nxt = (pts[k + 1][1], pts[k + 1][2]) if k + 1 < len(pts) else None
            jobs.append((x, y, pid, label, _shape(prev, (x, y), nxt)))
    fars = (0.0, ascent + 2, 2 * (ascent + 2), 3 * (ascent + 2))
    placed = Boxes(cell)
    out: dict[str, TextLine] = {}
    for x, y, pid, label, shape in sorted(jobs, key=lambda j: (j[0], j[1])):
        w = measure.width(label, font)
        levels = []  # per distance: (rank, left x, baseline, box) of every spot
        for far in fars:
            level = []
            for rank, name in enumerate(PREFERENCE[shape]):
                lx, base = _spot(name, x, y, w, font, radius, far)
                level.append((rank, lx, base,
                              Rect(lx - 1, base - ascent - 1, w + 2, ascent + descent + 2)))
            levels.append(level)
        reach = _reach([spot[3] for level in levels for spot in level])
        if dots.count_near(reach, CROWD) >= CROWD:
            _, lx, base, box = levels[0][0]
        else:
            _, lx, base, box = _best(levels, x, y, bounds, placed, dots, centres, curves,
                                     [o for o in obstacles if _overlap(reach, o)])
        placed.add(box)
        out[pid] = TextLine(label, lx, base, font, colour)
    return out


def _best(levels, x: float, y: float, bounds: Rect, placed: Boxes, dots: Boxes,
          centres: Points, curves: _Curves, near_obstacles: Sequence[Rect]):
    """The cheapest spot: (cost, left x, baseline, box)."""
    best = None
    for far_rank, level in enumerate(levels):
        for rank, lx, base, box in level:
            cost = rank + 8 * far_rank
            if not (bounds.x <= box.x and box.right <= bounds.right
                    and bounds.y <= box.y and box.bottom <= bounds.bottom):
                cost += 100_000
            cost += sum(10_000 + 10 * area for area in placed.overlaps(box, CAP))
            cost += 2_000 * dots.count_near(box, CAP)
            own = _distance(box, x, y)
            if any(_distance(box, cx, cy) < own - 2 for cx, cy in centres.near(box, own)):
                cost += 600  # it would read as the label of a nearer point
            cost += sum(500 for o in near_obstacles if _overlap(box, o))
            # a curve's stroke through the text is worse than a label set further
            # out; one merely grazing it costs a little (air around the words)
            crossed = curves.crossings(_grown(box, STROKE_HALF))
            cost += sum(1_500 + 20 * n for n in crossed.values())
            grazed = curves.crossings(_grown(box, CURVE_AIR), 1)
            cost += 150 * sum(1 for curve in grazed if curve not in crossed)
            if best is None or cost < best[0]:
                best = (cost, lx, base, box)
            if cost == rank + 8 * far_rank:
                break  # a clean spot: the next ones here rank lower
        if best[0] <= 8 * (far_rank + 1):
            break  # no spot further out can cost less
    return best
