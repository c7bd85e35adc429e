"""The loader's quick pass (no JSON paths) accepts exactly what the careful pass accepts and
builds the same records; whatever it refuses, the careful pass explains."""

from __future__ import annotations

import copy
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.strategies import documents
from workbench.model import Flow, Kpi, Lane, Node
from workbench.storage import dumps_document
from workbench.storage.records import INVALID, Problems, _Wrong, codec

ODD_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 3), st.integers(10**308, 10**309),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=4),
    st.lists(st.integers(0, 2), max_size=3), st.dictionaries(st.text(max_size=2), st.none(),
                                                             max_size=2),
    st.sampled_from(["task", "customer", "value", "minutes", "interaction", "waiting"]),
)
RECORDS = {"lanes": Lane, "nodes": Node, "flows": Flow, "kpis": Kpi}


def both_ways(cls: type, raw: object) -> tuple[object, object]:
    """What each pass reads; the quick one refuses exactly what the careful one finds
    problems in."""
    try:
        quick = codec(cls).quick(raw)
    except _Wrong:
        quick = INVALID
    problems = Problems()
    careful = codec(cls).careful(raw, "$", problems)
    assert (quick is INVALID) == bool(problems)
    return quick, careful if not problems else INVALID


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), st.data())
def test_quick_and_careful_reads_agree(document, data):
    raw_version = json.loads(dumps_document(document))["versions"][0]
    key = data.draw(st.sampled_from(sorted(RECORDS)))
    records = raw_version.get(key) or []
    if not records:
        return
    raw = copy.deepcopy(data.draw(st.sampled_from(records)))
    for _ in range(data.draw(st.integers(0, 2))):
        names = sorted(raw) + ["unknown_field"]
        raw[data.draw(st.sampled_from(names))] = data.draw(ODD_VALUES)
    if data.draw(st.booleans()) and raw:
        del raw[data.draw(st.sampled_from(sorted(raw)))]
    quick, careful = both_ways(RECORDS[key], raw)
    assert quick == careful


def test_a_nested_mistake_is_found_by_the_careful_pass_with_its_path():
    raw = {"id": "k1", "name": "FCR", "attached_to": {"kind": "interaction", "ref": 7}}
    quick, careful = both_ways(Kpi, raw)
    assert quick is INVALID and careful is INVALID
    problems = Problems()
    codec(Kpi).careful(raw, "$.kpis[0]", problems)
    assert [p.path for p in problems.items] == ["$.kpis[0].attached_to.ref"]


ODD = [None, True, 0, -1, 2.5, 10**400, float("inf"), float("nan"), "", "x", "task",
       "customer", [], [1], [["a", 1.0]], {}, {"kind": "process"}]


def test_every_field_with_every_odd_value_is_read_alike():
    samples = {
        Lane: {"id": "l1", "name": "Customer", "kind": "customer"},
        Node: {"id": "n1", "kind": "task", "lane": "l1", "label": "Call", "x": 10.0,
               "duration": {"expected": 5.0}},
        Flow: {"id": "f1", "source": "n1", "target": "n2", "probability": 0.5},
        Kpi: {"id": "k1", "name": "FCR", "target": 80.0,
              "attached_to": {"kind": "interaction", "ref": "f1"}},
    }
    for cls, sample in samples.items():
        assert both_ways(cls, sample)[0] is not INVALID
        for field in [f.name for f in codec(cls).fields] + ["unknown_field"]:
            for odd in ODD:
                raw = {**sample, field: odd}
                quick, careful = both_ways(cls, raw)
                assert quick == careful, (cls, raw)
