"""A name broken into lines as bpmn-js breaks it. The expected lines were read from bpmn-js
18 (its TextRenderer in Chromium, Arial 12 px) for the same names and widths."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exporters.bpmn.reader_lines import reader_lines
from exporters.text_metrics import ReportlabMetrics

METRICS = ReportlabMetrics("Helvetica")


def width(text: str) -> float:
    return METRICS.width(text, 12.0)


@pytest.mark.parametrize(("name", "room", "lines", "cut"), [
    # bpmn-js shortens by the share of characters that fit, so it stops early and then
    # cuts "Assistant": our own wrap would have said two lines fit 150 px
    ("Process Engine - Invoice Receipt / Team Assistant", 150,
     ["Process Engine ", "- Invoice Receipt / Team As", "sistant"], True),
    ("Assign Approver", 60, ["Assign ", "Approver"], False),
    ("Vacation Request - (i18n)", 100, ["Vacation Request ", "- (i18n)"], False),
    ("Prepare Bank Transfer", 70, ["Prepare ", "Bank ", "Transfer"], False),
    ("Handle Invoice Receipt - Accountant Team", 120,
     ["Handle Invoice ", "Receipt ", "- Accountant Team"], False),
    ("Check the request", 300, ["Check the request"], False),
    ("A-B-C-D-E-F-G-H", 30, ["A-B-", "C-D-", "E-F-", "G-H"], False),
])
def test_lines_are_the_ones_bpmn_js_draws(name: str, room: float, lines: list[str],
                                          cut: bool) -> None:
    assert reader_lines(name, width, room) == (lines, cut)


def test_chinese_breaks_between_characters_without_counting_as_a_cut_word() -> None:
    lines, cut = reader_lines("投诉处理专员后台复核", lambda text: 12.0 * len(text), 50)
    assert len(lines) == 3 and "".join(lines) == "投诉处理专员后台复核" and not cut


@given(st.text(alphabet=st.sampled_from("ab AB-投诉\n"), max_size=40),
       st.floats(min_value=1, max_value=200))
def test_every_character_is_drawn_once_and_every_line_fits_or_holds_one_character(
    text: str, room: float
) -> None:
    lines, _ = reader_lines(text, width, room)
    assert "".join("".join(line.split()) for line in lines) == "".join(text.split())
    assert all(width(line.rstrip()) <= room or len(line) < 2 for line in lines)
