"""How the report lays things out, without reading a PDF: labels broken into lines, a
diagram cut into readable tiles that cover every step, captions kept off the steps, and
the customer's journey in the order a case meets it."""

from __future__ import annotations

import pytest

from bench.synthetic import synthetic_document
from exporters.pdf_fonts import LATIN_REGULAR, choose_fonts, needs_unicode_font
from exporters.pdf_geometry import Rect, layout_version
from exporters.pdf_journey import customer_journey
from exporters.pdf_text import wrap
from exporters.pdf_tiles import MIN_SCALE, plan_tiles
from workbench.examples import EXAMPLES
from workbench.model import LaneKind

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


def test_a_small_flow_is_drawn_on_one_sheet() -> None:
    document = EXAMPLES["example"]()
    layout = layout_version(document.versions[0], LATIN_REGULAR)
    plan = plan_tiles(layout, 3000, 1000)
    assert plan.pages == 1 and not plan.split and plan.scale >= MIN_SCALE


def test_a_big_flow_is_cut_into_readable_tiles_that_show_every_step_whole() -> None:
    version = synthetic_document(300).versions[0]
    layout = layout_version(version, LATIN_REGULAR)
    plan = plan_tiles(layout, *A4_BOX)
    assert plan.split and plan.scale >= MIN_SCALE
    assert plan.pages == len(plan.tiles) and plan.rows > 1
    windows = [Rect(t.x0, t.y0, t.x1 - t.x0, t.y1 - t.y0) for t in plan.tiles]
    for placed in layout.nodes.values():
        shape = placed.shape
        assert any(
            w.x <= shape.x
            and shape.right <= w.right
            and w.y <= shape.y
            and shape.bottom <= w.bottom
            for w in windows
        ), placed.node.label
    for tile in plan.tiles:  # whole lanes: cut between lanes, never through one
        assert tile.y0 <= tile.bands[0].top and tile.bands[-1].bottom <= tile.y1
    for tile in plan.tiles:
        height = (tile.y1 - tile.y0) * plan.scale
        assert height <= A4_BOX[1] + 0.5


def test_a_flat_flow_stacks_its_strips_on_a_page() -> None:
    version = synthetic_document(60).versions[0]
    flat = version.__class__(version.id, version.name)
    flat.lanes = [lane for lane in version.lanes if lane.kind is not LaneKind.SUPPORT][:3]
    keep = {lane.id for lane in flat.lanes}
    flat.nodes = {k: n for k, n in version.nodes.items() if n.lane in keep}
    layout = layout_version(flat, LATIN_REGULAR)
    plan = plan_tiles(layout, *A4_BOX)
    assert plan.rows == 1 and plan.per_page > 1
    assert plan.pages == -(-len(plan.tiles) // plan.per_page)


def test_captions_stay_off_the_steps_in_the_example() -> None:
    for version in EXAMPLES["example"]().versions:
        layout = layout_version(version, LATIN_REGULAR)
        shapes = [p.shape for p in layout.nodes.values()]
        for flow in layout.flows:
            if flow.label_box is not None:
                assert not any(flow.label_box.intersects(s) for s in shapes), flow.label


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
