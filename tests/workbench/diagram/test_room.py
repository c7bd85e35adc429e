"""Room for a shape the user never drew, beside a step: found in a wide gap, made in a
narrow one by moving what stands further right; and lanes made to hold their steps."""

from __future__ import annotations

from workbench.diagram.geometry import Rect
from workbench.diagram.room import Beside, LaneFit, fit_lanes, make_room

BOXES = {"a": Rect(200, 0, 100, 60), "b": Rect(340, 0, 100, 60), "c": Rect(800, 0, 100, 60)}
GAP = 10.0


def _apart(one: Rect, other: Rect) -> bool:
    return not one.grown(GAP - 0.5).intersects(other)


def test_a_wide_gap_takes_the_shape_without_moving_anything() -> None:
    room = make_room(BOXES, [Beside("j", "c", True, (40, 40), 30)], GAP, 150)
    assert room.dx(850) == 0 and room.dx(250) == 0
    shape = room.shapes["j"]
    assert shape.right == BOXES["c"].x - GAP and shape.cy == 30
    assert all(_apart(shape, box) for box in BOXES.values())


def test_a_narrow_gap_widens_by_what_is_missing() -> None:
    room = make_room(BOXES, [Beside("j", "b", True, (40, 40), 30)], GAP, 150)
    assert room.dx(BOXES["a"].cx) == 0
    assert room.dx(BOXES["b"].cx) == room.dx(BOXES["c"].cx) == 20  # 60 needed, 40 free
    moved = {k: b.moved(room.dx(b.cx), 0) for k, b in BOXES.items()}
    assert all(_apart(room.shapes["j"], box) for box in moved.values())


def test_two_shapes_in_one_gap_keep_apart() -> None:
    wanted = [Beside("split", "a", False, (40, 40), 30), Beside("join", "b", True, (40, 40), 30)]
    room = make_room(BOXES, wanted, GAP, 150)
    moved = [b.moved(room.dx(b.cx), 0) for b in BOXES.values()]
    split, join = room.shapes["split"], room.shapes["join"]
    assert _apart(split, join)
    assert all(_apart(shape, box) for shape in (split, join) for box in moved)


def test_nothing_goes_into_the_lane_headers() -> None:
    room = make_room(BOXES, [Beside("j", "a", True, (40, 40), 30)], GAP, 150)
    assert room.shapes["j"].x >= 150 + GAP


def test_lanes_grow_round_steps_that_poke_out() -> None:
    lanes = [("top", 0.0, 100.0), ("low", 100.0, 100.0), ("fine", 200.0, 100.0)]
    shapes = {"top": [Rect(0, -3, 10, 70)], "low": [Rect(0, 150, 10, 70)],
              "fine": [Rect(0, 220, 10, 20)]}
    fits = fit_lanes(lanes, shapes, 4)
    assert fits["top"] == LaneFit(7, 100)
    assert fits["low"] == LaneFit(0, 124)
    assert fits["fine"] == LaneFit(0, 100)
