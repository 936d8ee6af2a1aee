"""Smooth emotion curves that never overshoot: the same Bézier segments on screen and paper.

A Catmull-Rom spline swings past its points (a curve dipping below "Frustrated" reads as a
score the user never gave), so the curve is a monotone cubic Hermite (Fritsch-Carlson):
between two points it stays within their scores, and flat runs stay flat.
"""

from __future__ import annotations

Point = tuple[float, float]
Segment = tuple[Point, Point, Point]  # control 1, control 2, end


def _tangents(points: list[Point]) -> list[float]:
    n = len(points)
    dx = [points[i + 1][0] - points[i][0] for i in range(n - 1)]
    slope = [(points[i + 1][1] - points[i][1]) / dx[i] if dx[i] else 0.0 for i in range(n - 1)]
    tangent = [0.0] * n
    tangent[0], tangent[-1] = slope[0], slope[-1]
    for i in range(1, n - 1):
        if slope[i - 1] * slope[i] <= 0:
            tangent[i] = 0.0  # a peak or valley: flat, so the curve turns at the point
        else:
            w1, w2 = 2 * dx[i] + dx[i - 1], dx[i] + 2 * dx[i - 1]
            tangent[i] = (w1 + w2) / (w1 / slope[i - 1] + w2 / slope[i])
    for i in range(n - 1):  # limit tangents so each segment stays monotone
        if slope[i] == 0:
            tangent[i] = tangent[i + 1] = 0.0
    return tangent


def bezier_segments(points: list[Point]) -> list[Segment]:
    """Cubic Bézier segments through `points` (x increasing), starting at points[0]."""
    if len(points) < 2:
        return []
    tangent = _tangents(points)
    out = []
    for i in range(len(points) - 1):
        (x0, y0), (x1, y1) = points[i], points[i + 1]
        third = (x1 - x0) / 3
        out.append(((x0 + third, y0 + tangent[i] * third),
                    (x1 - third, y1 - tangent[i + 1] * third), (x1, y1)))
    return out
