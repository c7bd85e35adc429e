"""How the report lays things out, without reading a PDF: labels broken into lines, a
diagram cut into legible tiles that show every step whole, and the customer's journey in
the order a case meets it."""

from __future__ import annotations

import pytest

from bench.synthetic import synthetic_document
from exporters.pdf_fonts import LATIN_REGULAR, choose_fonts, needs_unicode_font
from exporters.pdf_journey import customer_journey
from exporters.pdf_text import wrap
from exporters.pdf_tiles import MIN_SCALE, plan_tiles
from exporters.text_metrics import ReportlabMetrics
from workbench.diagram import build_drawing
from workbench.diagram.tiles import step_extent
from workbench.examples import EXAMPLES
from workbench.model import LaneKind, Version

A4_BOX = (782.0, 453.0)  # the diagram's room on an A4 landscape page


def test_latin_labels_break_between_words_and_long_ones_end_with_an_ellipsis() -> None:
    lines = wrap("Call the hotline and explain the problem", LATIN_REGULAR, 11, 114, 3)
    assert lines == ("Call the hotline and", "explain the problem")
    long = wrap("word " * 40, LATIN_REGULAR, 11, 114, 2)
    assert len(long) == 2 and long[-1].endswith("...")


def test_chinese_labels_break_between_characters_but_not_before_closing_marks() -> None:
    fonts = choose_fonts(["中文"])
    lines = wrap("重新派单（3 个工作日）然后通知客户", fonts.regular, 11, 60, 4)
    assert len(lines) > 1
    assert "".join(lines).replace(" ", "") == "重新派单（3个工作日）然后通知客户"
    assert not any(line[0] in "）。，" for line in lines)


def test_fonts_are_only_embedded_when_the_text_needs_them() -> None:
    assert not needs_unicode_font(["Complaint handling", "café · 40 %"])
    assert needs_unicode_font(["投诉处理"])
    assert choose_fonts(["plain"]).regular == LATIN_REGULAR


def _drawing(version: Version):  # noqa: ANN202
    return build_drawing(version, ReportlabMetrics(LATIN_REGULAR))


def test_a_small_flow_is_drawn_on_one_sheet() -> None:
    document = EXAMPLES["example"]()
    plan = plan_tiles(_drawing(document.versions[0]), 3000, 1000)
    assert plan.pages == 1 and not plan.split and plan.scale >= MIN_SCALE


def test_a_big_flow_is_cut_into_legible_tiles_that_show_every_step_whole() -> None:
    drawing = _drawing(synthetic_document(300).versions[0])
    plan = plan_tiles(drawing, *A4_BOX)
    assert plan.split and plan.scale >= MIN_SCALE
    assert plan.pages == len(plan.tiles) and any(tile.row > 0 for tile in plan.tiles)
    for node_id in drawing.steps:
        whole = step_extent(drawing, node_id)
        holding = [t for t in plan.tiles if t.x0 <= whole.x and whole.right <= t.x1
                   and t.y0 <= whole.y and whole.bottom <= t.y1]
        assert holding, node_id
    for tile in plan.tiles:  # whole lanes: cut between lanes, never through one
        assert tile.y0 <= tile.bands[0].top and tile.bands[-1].bottom <= tile.y1
        assert tile.steps, "a tile with no step"
        scale = plan.scale_of(tile)
        assert scale >= MIN_SCALE
        assert (tile.y1 - tile.y0) * scale <= A4_BOX[1] + 0.5
        assert (150 + tile.x1 - tile.x0) * scale <= A4_BOX[0] + 0.5


def test_a_flat_flow_stacks_its_strips_on_a_page() -> None:
    version = synthetic_document(60).versions[0]
    flat = version.__class__(version.id, version.name)
    flat.lanes = [lane for lane in version.lanes if lane.kind is not LaneKind.SUPPORT][:2]
    keep = {lane.id for lane in flat.lanes}
    flat.nodes = {k: n for k, n in version.nodes.items() if n.lane in keep}
    plan = plan_tiles(_drawing(flat), *A4_BOX)
    assert all(tile.row == 0 for tile in plan.tiles) and plan.per_page > 1
    assert plan.pages == -(-len(plan.tiles) // plan.per_page)


def test_the_customer_journey_follows_the_flow() -> None:
    as_is = EXAMPLES["example"]().versions[0]
    labels = [node.label for node in customer_journey(as_is)]
    assert labels[0] == "Call the hotline and explain the problem"
    assert labels.index("Receive the answer") < labels.index("Hear the result")
    assert "Wait for a call back" in labels
    assert labels[-1] == "Call again to reopen the complaint"


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_landscape_frame_gives_the_diagram_its_room(paper: str) -> None:
    from exporters.pdf_diagram_pages import diagram_box
    from exporters.pdf_document import landscape_frame_size

    width, height = diagram_box(*landscape_frame_size(paper))
    assert 700 < width < 800 and 400 < height < 500
