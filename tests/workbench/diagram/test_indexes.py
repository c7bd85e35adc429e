"""The look-up structures the router and the captions ask thousands of times: each must
answer exactly what a plain scan over every rectangle or segment answers, so that making
them fast never moves a connector or a caption."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.diagram.geometry import Rect, SpatialIndex, segment_crosses, segment_rect
from workbench.diagram.tracks import Lines, Tracks

# Coordinates on a coarse grid with halves and a few near-misses, so segments often meet,
# touch, run along each other and sit on the index's cell borders.
coordinate = st.one_of(
    st.integers(-5, 30).map(lambda k: k * 96.0),
    st.integers(-400, 2900).map(lambda k: k / 2),
    st.sampled_from([383.75, 384.0, 384.25, 767.9, 768.0, -0.25, 0.0, 0.3]),
)
point = st.tuples(coordinate, coordinate)


@st.composite
def orthogonal_segment(draw: st.DrawFn) -> tuple[tuple[float, float], tuple[float, float]]:
    a = draw(point)
    if draw(st.booleans()):
        return a, (a[0], draw(coordinate))
    return a, (draw(coordinate), a[1])


@st.composite
def any_segment(draw: st.DrawFn) -> tuple[tuple[float, float], tuple[float, float]]:
    """Mostly orthogonal; some a hair off (less than half a unit), some slanted."""
    a, b = draw(orthogonal_segment())
    tilt = draw(st.sampled_from([0.0, 0.0, 0.2, -0.3, 0.45, 40.0]))
    if draw(st.booleans()):
        return a, (b[0] + tilt, b[1])
    return a, (b[0], b[1] + tilt)


rect = st.builds(Rect, coordinate, coordinate, st.floats(0.0, 900.0), st.floats(0.0, 900.0))


def plain_crossings(segments: dict[str, Rect], p: tuple[float, float],
                    q: tuple[float, float]) -> int:
    """Tracks' crossing count, worked out over every segment."""
    if abs(p[0] - q[0]) < 0.5:
        at, lo, hi = p[0], min(p[1], q[1]), max(p[1], q[1])
        return sum(1 for r in segments.values() if r.h < 0.5
                   and r.x + 0.5 < at < r.right - 0.5 and lo + 0.5 < r.y < hi - 0.5)
    at, lo, hi = p[1], min(p[0], q[0]), max(p[0], q[0])
    return sum(1 for r in segments.values() if r.w < 0.5
               and r.y + 0.5 < at < r.bottom - 0.5 and lo + 0.5 < r.x < hi - 0.5)


@settings(max_examples=200, deadline=None)
@given(st.lists(any_segment(), max_size=25), st.lists(any_segment(), max_size=8),
       st.lists(rect, max_size=8), st.sets(st.integers(0, 24), max_size=6))
def test_the_segment_index_answers_as_a_scan_does(segments, queries, boxes, removed):
    lines = Lines()
    kept: dict[str, Rect] = {}
    for index, (p, q) in enumerate(segments):
        key = f"f{index % 7}#{index}"
        lines.put(key, segment_rect(p, q))
        kept[key] = segment_rect(p, q)
    for index in removed:
        key = f"f{index % 7}#{index}"
        lines.remove(key)
        kept.pop(key, None)
    assert len(lines) == len(kept)
    for p, q in queries:
        assert lines.crossings(p, q) == plain_crossings(kept, p, q)
    for box in boxes:
        assert sorted(lines.hits(box)) == sorted(k for k, r in kept.items() if r.intersects(box))


@settings(max_examples=200, deadline=None)
@given(st.lists(rect, max_size=20), st.lists(orthogonal_segment(), max_size=10),
       st.sampled_from([-3.0, 0.5, 1.0]))
def test_asking_for_any_step_in_the_way_agrees_with_listing_them(shapes, segments, inset):
    index = SpatialIndex()
    for number, shape in enumerate(shapes):
        index.put(f"s{number}", shape)
    for p, q in segments:
        for skip in ((), ("s0",), ("s1", "s2")):
            assert index.crosses_any(p, q, skip, inset) == bool(
                index.crossed_by(p, q, skip, inset))


def test_a_rerouted_connector_no_longer_counts_where_it_ran():
    tracks = Tracks()
    tracks.add("a", ("s", "t"), [(0.0, 100.0), (1000.0, 100.0)])
    assert tracks.crossings((500.0, 0.0), (500.0, 300.0)) == 1
    tracks.add("a", ("s", "t"), [(0.0, 400.0), (1000.0, 400.0)])
    assert tracks.crossings((500.0, 0.0), (500.0, 300.0)) == 0
    assert tracks.crossings((500.0, 300.0), (500.0, 500.0)) == 1
    assert tracks.lines.hits(Rect(400.0, 390.0, 20.0, 20.0)) == ["a#0"]
    tracks.remove("a")
    assert tracks.crossings((500.0, 300.0), (500.0, 500.0)) == 0
    assert not tracks.lines.hits(Rect(400.0, 390.0, 20.0, 20.0))


def test_a_segment_is_in_the_way_only_through_the_inside_of_a_step():
    step = Rect(100.0, 100.0, 100.0, 60.0)
    index = SpatialIndex()
    index.put("s", step)
    along_the_border = ((100.0, 50.0), (100.0, 200.0))
    through = ((150.0, 50.0), (150.0, 200.0))
    assert not index.crosses_any(*along_the_border)
    assert not segment_crosses(*along_the_border, step)
    assert index.crosses_any(*through)
    assert not index.crosses_any(*through, exclude=("s",))


def test_a_segment_a_hair_off_level_is_found_across_a_cell_border():
    lines = Lines()
    lines.put("a#0", segment_rect((300.0, 383.75), (500.0, 384.2)))  # y 383.75, 0.45 tall
    lines.put("b#0", segment_rect((767.9, 100.0), (768.3, 300.0)))  # x 767.9, 0.4 wide
    assert lines.hits(Rect(350.0, 384.0, 50.0, 20.0)) == ["a#0"]
    assert lines.hits(Rect(768.0, 150.0, 20.0, 20.0)) == ["b#0"]


@settings(max_examples=200, deadline=None)
@given(st.lists(rect, max_size=12), st.lists(rect, max_size=6),
       st.lists(orthogonal_segment(), max_size=6), st.sets(st.integers(0, 11), max_size=4))
def test_the_step_index_answers_as_a_scan_does_whatever_the_sizes(shapes, boxes, segments,
                                                                  removed):
    """On a fine grid most rectangles and questions span thousands of cells: the index
    files the widest apart and answers the widest questions from its buckets."""
    index = SpatialIndex(cell=4.0)
    kept: dict[str, Rect] = {}
    for number, shape in enumerate(shapes):
        index.put(f"s{number}", shape)
        kept[f"s{number}"] = shape
    for number in removed:
        index.remove(f"s{number}")
        kept.pop(f"s{number}", None)
    for box in boxes:
        hit = {k for k, r in kept.items() if r.intersects(box)}
        assert sorted(index.hits(box)) == sorted(hit)
        assert hit <= index.near(box) <= set(kept)
    for p, q in segments:
        assert index.crosses_any(p, q, (), 0.5) == any(
            segment_crosses(p, q, r, 0.5) for r in kept.values())
