"""The built-in example is what a newcomer sees first: it must be a complete, clean design
whose to-be is visibly better than its as-is, in each of its editions, and its Chinese and
English editions must be the same design in other words."""

from __future__ import annotations

import dataclasses
from enum import Enum

import pytest

from exporters.pdf import document_texts
from tests.foreign_words import CHINESE, english_words
from workbench.checks import check_version
from workbench.diagram.drawing import build_drawing
from workbench.diagram.text import EstimatedMetrics
from workbench.document import Document
from workbench.examples import EXAMPLES, LANGUAGES
from workbench.measures import measure_version
from workbench.model import (
    Classification,
    DemandType,
    Direction,
    KpiCategory,
    LaneKind,
    MethodKind,
    NodeKind,
    Status,
    TimeUnit,
    Version,
)
from workbench.storage import dumps_document, loads_document

_ENUMS = (Classification, DemandType, Direction, KpiCategory, MethodKind, Status, TimeUnit)
EDITIONS = [(name, language) for name in sorted(EXAMPLES) for language in LANGUAGES]


@pytest.fixture(params=EDITIONS, ids=lambda e: f"{e[0]}.{e[1]}")
def example(request: pytest.FixtureRequest):
    name, language = request.param
    return EXAMPLES[name](language)


def test_nothing_for_a_reviewer_to_flag(example) -> None:
    """Neither the checks nor the diagram check (drawn with the estimated metrics the
    auto-layout uses) find anything above info."""
    metrics = EstimatedMetrics()
    for version in example.versions:
        drawing = build_drawing(version, metrics)
        findings = check_version(example, version, drawing=drawing, metrics=metrics)
        assert [f for f in findings if f.severity != "info"] == [], version.name


def test_the_to_be_is_derived_from_the_as_is(example) -> None:
    as_is, to_be = example.versions
    assert to_be.derived_from == as_is.id
    copied = [n for n in to_be.nodes.values() if n.derived_from]
    assert copied and all(n.derived_from in as_is.nodes for n in copied)
    assert any(n.derived_from is None for n in to_be.nodes.values())  # something new


def test_a_full_design(example) -> None:
    meta = example.metadata
    assert meta.title and meta.owner and meta.team and meta.tags and meta.language
    for version in example.versions:
        assert [lane.kind for lane in version.lanes][:1] == [LaneKind.CUSTOMER]
        assert {lane.kind for lane in version.lanes} == set(LaneKind)
        tasks = [n for n in version.nodes.values() if n.kind is NodeKind.TASK]
        assert all(n.duration for n in tasks)
        assert any(n.kind is NodeKind.DECISION for n in version.nodes.values())
        report = measure_version(version)
        assert report.values["checklist_score"] == 1.0
        assert report.values["kpi_coverage"] == 1.0
        assert report.values["lead_time_expected"] is not None


def test_the_redesign_pays_off(example) -> None:
    as_is, to_be = (measure_version(v).values for v in example.versions)
    for key in ("lead_time_expected", "customer_wait", "expected_customer_contacts"):
        assert to_be[key] < as_is[key], key


def test_it_saves_and_loads_back_equal(example) -> None:
    assert loads_document(dumps_document(example)) == example


def test_the_first_edition_is_english_and_the_default() -> None:
    assert LANGUAGES[0] == "en"
    for make in EXAMPLES.values():
        assert make().metadata.language == "en"
        assert make("zh-CN").metadata.language == "zh-CN"


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_the_chinese_edition_speaks_chinese_only(name: str) -> None:
    """Every text of the Chinese edition is Chinese: no English word beyond the names a
    Chinese contact centre keeps (CRM, ARPU, the product's name)."""
    document = EXAMPLES[name]("zh-CN")
    texts = _texts(document)
    assert not english_words("\n".join(texts), also={"ARPU"})
    assert all(CHINESE.search(t) for t in texts if t not in {"CRM", "%", "zh-CN"}), texts


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_both_editions_are_one_design(name: str) -> None:
    """Same lanes, steps, flows, probabilities, durations, value classes and KPI figures,
    element by element (only the words and where the layout puts them differ); so every
    measure of every version is the same number."""
    english, chinese = (EXAMPLES[name](language) for language in LANGUAGES)
    assert len(english.versions) == len(chinese.versions)
    assert _figures(english.segments, {}, _ids(english)) == _figures(
        chinese.segments, {}, _ids(chinese))
    for en, zh in zip(english.versions, chinese.versions, strict=True):
        assert _shape(english, en) == _shape(chinese, zh), en.name
        assert measure_version(en).values == measure_version(zh).values, en.name
    assert english.versions[0].nodes["n2"].label != chinese.versions[0].nodes["n2"].label


def _texts(document: Document) -> list[str]:
    """The document's words: its texts without ids, dates and enumeration values."""
    ids = _ids(document)
    return [t for t in document_texts(document) if t and t not in ids
            and not t[:4].isdigit() and not _is_enum_value(t)]


def _ids(document: Document) -> set[str]:
    ids = {s.id for s in document.segments}
    for version in document.versions:
        checklist = version.checklist
        items = [*checklist.inputs, *checklist.outputs, *checklist.activities]
        items += [v for i in checklist.inputs for v in i.variants]
        ids |= {version.id} | {e.id for e in [*_elements(version), *items]}
    return ids


def _elements(version: Version) -> list:
    return [*version.lanes, *version.nodes.values(), *version.flows.values(),
            *version.kpis.values()]


def _is_enum_value(text: str) -> bool:
    return any(text in {m.value for m in kind} for kind in _ENUMS)


def _figures(value: object, places: dict[str, str], ids: set[str]) -> object:
    """A model value without its words: numbers, kinds, flags and references. A reference
    to one of the version's own elements becomes the element's place (the ids of a copied
    version's elements are drawn at random); other ids are kept, words dropped."""
    if isinstance(value, Enum):
        return value
    if isinstance(value, str):
        return places.get(value, value if value in ids else None)
    if dataclasses.is_dataclass(value):
        return tuple(_figures(getattr(value, f.name), places, ids)
                     for f in dataclasses.fields(value) if f.name not in _GEOMETRY)
    if isinstance(value, tuple | list):
        return tuple(_figures(v, places, ids) for v in value)
    if isinstance(value, dict):
        return tuple(_figures(v, places, ids) for v in value.values())
    return value


# where the layout puts things: it measures each edition's own words
_GEOMETRY = {"x", "y", "height", "width", "waypoints"}


def _shape(document: Document, version: Version) -> object:
    places = {e.id: f"{type(e).__name__} {i}" for i, e in enumerate(_elements(version))}
    return _figures(version, places, _ids(document))
