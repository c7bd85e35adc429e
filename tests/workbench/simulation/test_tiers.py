"""Customer tiers by the method of case 2, their storage, and attainment per tier."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.customer_tiers import (
    Customer,
    CustomerListError,
    customer_value,
    parse_customers,
    read_customers,
    segment_changes,
    tier_customers,
)
from workbench.i18n import translator
from workbench.simulation import SimulationSettings, simulate_version
from workbench.simulation.customers import CustomerMix
from workbench.simulation.settings import (
    LaneCapacity,
    TenureScore,
    TierMethod,
    WorkingCalendar,
)
from workbench.storage import dumps_document, load_document, loads_document

TEMPLATE = Path(__file__).parents[3] / "process_templates" / "network-complaints.en.pwb"
TABLE = (TenureScore(0, 1.0), TenureScore(24, 1.5))


def test_value_is_rounded_arpu_times_the_tenure_score():
    assert customer_value(Customer(88.5, 30), TABLE) == 89 * 1.5
    assert customer_value(Customer(88.4, 6), TABLE) == 88


def test_thresholds_sit_at_the_percentile_ranks_rounded_to_tens():
    # 100 customers with values 1..100 (tenure score 1): the 5th best is 96 -> 100, the
    # 15th 86 -> 90, the 30th 71 -> 70, the 70th 31 -> 30
    customers = [Customer(v, 0) for v in range(1, 101)]
    tiering = tier_customers(customers, TierMethod(tenure_scores=TABLE))
    assert tiering.thresholds == (100.0, 90.0, 70.0, 30.0, 0.0)
    assert tiering.counts == (1, 10, 20, 40, 29)
    assert tiering.tiers[99] == 0 and tiering.tiers[0] == 4


@given(st.lists(st.tuples(st.floats(0, 500), st.floats(0, 120)), min_size=1, max_size=60))
def test_every_customer_takes_the_highest_tier_whose_threshold_it_reaches(rows):
    customers = [Customer(a, t) for a, t in rows]
    tiering = tier_customers(customers, TierMethod(tenure_scores=TABLE))
    assert sum(tiering.counts) == len(customers)
    assert list(tiering.thresholds) == sorted(tiering.thresholds, reverse=True)
    for value, tier in zip(tiering.values, tiering.tiers, strict=True):
        assert value >= tiering.thresholds[tier]
        assert all(value < t for t in tiering.thresholds[:tier])


def test_a_customer_list_is_read_with_its_problems_located(tmp_path):
    good = tmp_path / "customers.csv"
    good.write_text("id,arpu,tenure_months\n1,120.4,30\n2,55,3\n\n", encoding="utf-8")
    assert read_customers(good) == [Customer(120.4, 30), Customer(55, 3)]
    with pytest.raises(CustomerListError, match="line 3, column 'tenure_months': 'soon'"):
        parse_customers("arpu,tenure_months\n10,1\n20,soon\n", "customers.csv")
    with pytest.raises(CustomerListError, match="needs a header row with an 'arpu' column"):
        parse_customers("revenue,months\n1,2\n")
    chinese = tmp_path / "客户.csv"
    chinese.write_bytes("ARPU,网龄\n99,12\n".encode("gb18030"))
    assert read_customers(chinese) == [Customer(99, 12)]


@pytest.mark.parametrize(
    ("text", "chinese"),
    [
        ("arpu,tenure_months\n10,1\n20,soon\n", "第 3 行，“tenure_months”列：'soon' 不是"),
        ("revenue,months\n1,2\n", "清单 需要一个标题行，含“arpu”列"),
        ("", "客户清单中没有客户。"),
    ],
)
def test_a_customer_list_s_problem_is_told_in_the_reader_s_language(text, chinese):
    with pytest.raises(CustomerListError) as raised:
        parse_customers(text)
    (message,) = raised.value.args
    assert chinese in translator("zh-CN").render(message)
    assert translator("en").render(message) == str(raised.value)


def test_tiers_and_run_settings_are_saved_with_the_document_and_old_files_still_open():
    document = load_document(TEMPLATE)
    customers = [Customer(v, m) for v in range(10, 400, 3) for m in (6, 40)]
    tiering = tier_customers(customers, document.simulation.tiers)
    with document.edit():
        for segment_id, changes in segment_changes(document.segments, tiering):
            document.change_segment(segment_id, **changes)
        document.change_simulation(cases=2_000, seed=42)
    again = loads_document(dumps_document(document))
    assert again == document
    assert [s.min_value for s in again.segments] == list(tiering.thresholds)
    assert again.simulation.seed == 42
    assert "simulation" not in dumps_document(load_document(TEMPLATE))  # defaults stay out


def test_the_same_seed_gives_both_versions_the_same_customers():
    document = load_document(TEMPLATE)
    settings = SimulationSettings(cases=3_000, seed=8)
    before, after = (simulate_version(v, settings, document.segments) for v in document.versions)
    assert (before.tier == after.tier).all()
    mix = CustomerMix.from_segments(document.segments)
    assert abs((before.tier == 0).mean() - mix.weights[0]) < 0.02


def test_case_2_flattened_keeps_more_time_limits_than_linear_for_every_tier():
    document = load_document(TEMPLATE)
    settings = SimulationSettings(cases=50_000, seed=1)
    linear, flattened = (
        simulate_version(v, settings, document.segments) for v in document.versions
    )
    assert [t.name for t in linear.tiers] == [s.name for s in document.segments]
    for before, after in zip(linear.tiers, flattened.tiers, strict=True):
        assert after.kept > before.kept, before.name


_settings = st.builds(
    SimulationSettings,
    cases=st.integers(1, 10**6),
    seed=st.integers(0, 2**31 - 1),
    arrivals_per_hour=st.one_of(st.none(), st.floats(0.01, 1e4)),
    capacities=st.lists(
        st.builds(LaneCapacity, st.text(min_size=1, max_size=8), st.integers(1, 99)), max_size=3
    ).map(tuple),
    calendar=st.builds(
        WorkingCalendar,
        enabled=st.booleans(),
        day_start=st.floats(0, 11),
        day_end=st.floats(12, 24),
        holidays=st.lists(st.dates().map(str), max_size=3).map(tuple),
    ),
)


@given(_settings)
def test_any_run_settings_come_back_from_the_file_unchanged(settings):
    document = load_document(TEMPLATE)
    document.change_simulation(**vars(settings))
    assert loads_document(dumps_document(document)).simulation == settings
