"""Text cut to the lines a box holds: the last line says with "…" that there is more."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from workbench.diagram import EstimatedMetrics
from workbench.diagram.text import at_most, wrap

METRICS = EstimatedMetrics()


def test_lines_that_fit_are_kept_as_they_are() -> None:
    lines = wrap("Front-line agent", METRICS, 12.0, 120.0)
    assert at_most(lines, 3, METRICS, 12.0, 120.0) == lines


def test_the_last_line_kept_ends_in_an_ellipsis_within_the_width() -> None:
    lines = wrap("Front-line agent of the one-stop service desk in every city of the province",
                 METRICS, 12.0, 100.0)
    cut = at_most(lines, 2, METRICS, 12.0, 100.0)
    assert len(lines) > 2 and len(cut) == 2 and cut[0] == lines[0]
    assert cut[1].endswith("…") and METRICS.width(cut[1], 12.0) <= 100.0


@given(st.text(alphabet=st.sampled_from("ab 投诉-"), min_size=1, max_size=80),
       st.integers(0, 5), st.floats(30.0, 200.0))
def test_never_more_lines_than_asked_and_none_wider_than_the_box(text: str, count: int,
                                                                 width: float) -> None:
    lines = wrap(text, METRICS, 12.0, width)
    cut = at_most(lines, count, METRICS, 12.0, width)
    assert len(cut) <= max(count, 1) or cut == lines
    assert all(METRICS.width(line, 12.0) <= width for line in cut)


def test_chinese_lines_join_again_without_a_space_before_the_ellipsis() -> None:
    cut = at_most(("投诉处理专员", "后台复核组", "第三行"), 2, METRICS, 12.0, 200.0)
    assert cut[0] == "投诉处理专员" and cut[1].startswith("后台复核组第") and " " not in cut[1]
