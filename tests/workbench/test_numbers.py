"""The one rule for writing measured figures, worked by hand."""

from __future__ import annotations

import pytest

from workbench.numbers import change_figures, decimals, figure, signed


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0.1, "0.1"),
        (0.12, "0.12"),
        (0.117, "0.12"),
        (0.0172, "0.017"),
        (0.00004, "0"),  # below four decimals: nothing left to show
        (1.25, "1.3"),  # halves round up, as people do
        (1.43, "1.4"),
        (19.2, "19"),
        (372.1, "372"),
        (1086.1, "1,086"),
        (0, "0"),
        (-0.0, "0"),
        (-1e-12, "0"),
        (-0.083, "-0.083"),
    ],
)
def test_a_figure_keeps_two_significant_figures(value: float, text: str) -> None:
    assert figure(value) == text


def test_a_figure_with_given_decimals_drops_trailing_zeros_and_never_shows_minus_zero() -> None:
    assert figure(12.0, 1) == "12"
    assert figure(12.25, 1) == "12.3"
    assert figure(-0.04, 1) == "0"
    assert signed(-0.04, 1) == "0"
    assert signed(0.017) == "+0.017"
    assert signed(-268.1) == "-268"


def test_decimals_come_from_the_smallest_value() -> None:
    assert decimals(372.1, 104, -268.1) == 0
    assert decimals(0.117, 0.1, -0.017) == 3
    assert decimals(None, float("nan")) == 0


def test_a_pair_gets_the_precision_its_difference_needs() -> None:
    # Necessary time 0.117 h -> 0.1 h printed "0.1 h -> 0.1 h, -0 h (-14 %)" before
    shown = change_figures(0.117, 0.1, "h", relative=-0.1453)
    assert (shown.before, shown.after, shown.difference, shown.relative) == (
        "0.117",
        "0.1",
        "-0.017",
        "-15",
    )
    shown = change_figures(12.3, 12.4, "h", relative=0.0081)
    assert (shown.before, shown.after, shown.difference) == ("12.3", "12.4", "+0.1")
    # a whole difference (up to float noise) needs no decimals; the relative one keeps two
    # significant figures instead of "-0 %"
    shown = change_figures(1086.083333333333, 1085.083333333333, "h", relative=-0.00092)
    assert (shown.before, shown.after, shown.difference, shown.relative) == (
        "1,086",
        "1,085",
        "-1",
        "-0.092",
    )


def test_a_share_is_a_percentage_and_its_change_is_in_points() -> None:
    # Value-added ratio 0.0003 -> 0.0006 printed "0 % -> 0 %, +0 pts"
    shown = change_figures(0.0003, 0.0006, "share", relative=1.0)
    assert (shown.before, shown.after, shown.difference, shown.relative) == (
        "0.03",
        "0.06",
        "+0.03",
        "",
    )
    shown = change_figures(0.857142, 1.0, "share", relative=0.1667)
    assert (shown.before, shown.after, shown.difference) == ("86", "100", "+14")


def test_an_unchanged_figure_has_no_sign_and_no_relative_change() -> None:
    shown = change_figures(1, 1, "count", relative=0.0)
    assert (shown.difference, shown.relative) == ("0", "")
    shown = change_figures(None, 3, "count")
    assert (shown.before, shown.after, shown.difference) == ("", "3", "")
