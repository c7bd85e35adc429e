"""The router on its own: orthogonal segments from outline to outline, round the steps in
the way, loops underneath, and a gap between connectors sharing a corridor."""

from __future__ import annotations

from workbench.diagram.geometry import Rect, segment_crosses
from workbench.diagram.router import Router


def router_with(**shapes: Rect) -> Router:
    router = Router()
    for key, rect in shapes.items():
        router.set_shape(key, rect)
    return router


def orthogonal(points) -> bool:  # noqa: ANN001
    return all(abs(a[0] - b[0]) < 0.01 or abs(a[1] - b[1]) < 0.01
               for a, b in zip(points, points[1:], strict=False))


def test_a_straight_connector_goes_round_a_step_on_its_row():
    router = router_with(a=Rect(0, 0, 100, 60), b=Rect(500, 0, 100, 60))
    assert router.route("f", "a", "b") == [(100, 30), (500, 30)]
    router = router_with(a=Rect(0, 0, 100, 60), b=Rect(500, 0, 100, 60),
                         m=Rect(250, 0, 100, 60))
    around = router.route("f", "a", "b")
    assert around[0] == (100, 30) and around[-1] == (500, 30)
    assert not any(segment_crosses(p, q, Rect(250, 0, 100, 60))
                   for p, q in zip(around, around[1:], strict=False))
    assert orthogonal(around)


def test_a_bent_connector_bends_where_no_step_stands():
    in_the_way = Rect(300, 200, 100, 60)
    router = router_with(a=Rect(0, 0, 100, 60), b=Rect(600, 200, 100, 60), m=in_the_way)
    route = router.route("f", "a", "b")
    pairs = zip(route, route[1:], strict=False)
    assert not any(segment_crosses(p, q, in_the_way) for p, q in pairs)
    assert len(route) == 4


def test_routes_are_orthogonal_and_a_loop_runs_under_the_steps():
    source, target = Rect(200, 20, 100, 50), Rect(400, 200, 100, 50)
    router = router_with(s=source, t=target, u=Rect(210, 200, 100, 50))
    for route in (router.route("1", "s", "t"), router.route("2", "t", "s"),
                  router.route("3", "s", "u")):
        assert orthogonal(route)
    forward = router.route("4", "s", "t")
    assert forward[0][0] == source.right and forward[-1][0] == target.x
    back = router.route("5", "t", "s")
    assert max(p[1] for p in back) > target.bottom or min(p[1] for p in back) < source.y


def test_two_connectors_through_one_gap_keep_apart():
    # a -> c runs down from y 30 to 330 and b -> d from 130 to 230: the same stretch
    router = router_with(a=Rect(0, 0, 100, 60), b=Rect(0, 100, 100, 60),
                         c=Rect(400, 300, 100, 60), d=Rect(400, 200, 100, 60))
    first = router.route("1", "a", "c")
    second = router.route("2", "b", "d")
    vertical = [p[0] for p, q in zip(first, first[1:], strict=False) if p[0] == q[0]]
    other = [p[0] for p, q in zip(second, second[1:], strict=False) if p[0] == q[0]]
    assert not set(vertical) & set(other), "no shared vertical corridor"


def test_a_self_loop_leaves_and_returns_on_the_outline():
    router = router_with(a=Rect(0, 0, 100, 60))
    route = router.route("f", "a", "a")
    assert route[0] == (100, 30) and route[-1] == (50, 0)


def test_two_level_shapes_close_together_are_joined_straight():
    """A gateway the BPMN export adds stands less than two stubs before its step; the
    connector between them is still the straight line between their facing sides."""
    router = router_with(join=Rect(0, 4, 52, 52), step=Rect(80, 0, 128, 60))
    assert router.route("f", "join", "step") == [(52, 30), (80, 30)]

