import json

from hypothesis import HealthCheck, given, settings

from tests.strategies import documents
from workbench.builder import VersionBuilder
from workbench.document import Document
from workbench.model import Duration, Metadata, TimeUnit
from workbench.storage import dumps_document, loads_document


def small_document() -> Document:
    b = VersionBuilder("As-is")
    customer = b.lane("客户", "customer")
    agent = b.lane("一线客服 CSR")
    start = b.start(customer, "致电开通 ADSL")
    call = b.task(agent, "讲解流程与承诺", 5, value="value")
    end = b.end(agent)
    flows = b.chain(start, call, end)
    b.kpi("一次解决率", flows[0], unit="%", target=85.0, data_source="CRM")
    return Document(Metadata(title="ADSL 装机", language="zh-CN"), versions=[b.build()])


def test_a_document_loads_back_equal():
    document = small_document()
    assert loads_document(dumps_document(document)) == document


def test_output_is_deterministic_and_sorted_whatever_the_insertion_order():
    document = small_document()
    version = document.versions[0]
    version.nodes = dict(reversed(list(version.nodes.items())))
    version.flows = dict(reversed(list(version.flows.items())))
    text = dumps_document(document)
    assert text == dumps_document(small_document())
    nodes = json.loads(text)["versions"][0]["nodes"]
    assert [n["id"] for n in nodes] == sorted(n["id"] for n in nodes)
    assert text.endswith("}\n") and '\n  "format"' in text  # two-space indent


def test_chinese_is_written_as_readable_utf8():
    text = dumps_document(small_document())
    assert "讲解流程与承诺" in text
    assert "\\u" not in text


def test_defaults_are_left_out_of_the_file():
    node = json.loads(dumps_document(small_document()))["versions"][0]["nodes"][0]
    assert "script" not in node and "fail_point" not in node and "value_class" not in node


def test_lone_surrogates_survive_by_escaping():
    document = small_document()
    document.change_metadata(title="bad \udc80 text")
    text = dumps_document(document)
    text.encode("utf-8")
    assert loads_document(text).metadata.title == "bad \udc80 text"


def test_durations_keep_their_unit_and_range():
    document = small_document()
    version = document.versions[0]
    document.change_node(version.id, "n2", duration=Duration(2.0, 1.0, 8.0, TimeUnit.HOURS))
    loaded = loads_document(dumps_document(document))
    assert loaded.versions[0].nodes["n2"].duration == Duration(2.0, 1.0, 8.0, TimeUnit.HOURS)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_any_valid_document_saves_and_loads_back_equal(document):
    text = dumps_document(document)
    loaded = loads_document(text)
    assert loaded == document
    assert dumps_document(loaded) == text


def test_whole_numbers_are_saved_the_same_before_and_after_reopening():
    document = small_document()  # the builder takes durations and targets as typed: 5, 85
    document.change_node(document.versions[0].id, "n2", x=120, y=0)
    first = dumps_document(document)
    assert dumps_document(loads_document(first)) == first
    assert '"expected": 5.0' in first
