"""Importing KPI results: the documented layout, and messages naming row and column."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.governance import KpiResult
from workbench.i18n import translator
from workbench.kpi_results_io import (
    ResultImportError,
    read_csv_results,
    results_from_rows,
    results_to_rows,
)
from workbench.model import Kpi, Version


def version() -> Version:
    kpis = {
        "k1": Kpi("k1", "First-contact answer rate", unit="%",
                  results=(KpiResult("2026-01", 60.0),)),
        "k2": Kpi("k2", "满意度", unit="%"),
    }
    return Version("v", "To-be", kpis=kpis)


def test_columns_in_any_order_by_id_or_name_and_merged_with_earlier_periods():
    data = ("period,value,kpi,sample_size,extra\n2026-02,61.5,k1,,x\n"
            "2026-01,59,First-contact answer rate,,\n2026-01,88,满意度,400,\n\n").encode()
    results = read_csv_results(data, version())
    assert results["k1"] == (KpiResult("2026-01", 59.0), KpiResult("2026-02", 61.5))
    assert results["k2"] == (KpiResult("2026-01", 88.0, 400),)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "no rows"),
        ("kpi,value\nk1,3\n", "Row 1: the column 'period' is missing"),
        ("kpi,period,value\nk1,2026-01,3\nk9,2026-02,4\n",
         "Row 3, column 'kpi': there is no KPI 'k9'"),
        ("kpi,period,value\nk1,2026-01,three\n", "Row 2, column 'value': 'three' is not a number"),
        ("kpi,period,value\nk1,,3\n", "Row 2, column 'period'"),
        ("kpi,period,value,sample_size\nk1,2026-01,3,0\n", "Row 2, column 'sample_size'"),
        ("kpi,period,value,sample_size\nk1,2026-01,3,2.5\n", "Row 2, column 'sample_size'"),
        ("kpi,period,value\nk1,2026-01,3\nk1,2026-01,4\n", "Row 3, column 'period'"),
    ],
)
def test_a_wrong_file_names_row_and_column(text, message):
    with pytest.raises(ResultImportError, match=message.replace("(", r"\(")):
        read_csv_results(text.encode(), version())


def test_a_chinese_reader_is_told_in_chinese():
    with pytest.raises(ResultImportError) as caught:
        read_csv_results(b"kpi,period,value\nk1,2026-01,three\n", version())
    assert translator("zh-CN").render(caught.value.args[0]) == (
        "第 2 行“value”列：“three”不是数字。"
    )


def test_not_utf8_text_is_named():
    with pytest.raises(ResultImportError, match="UTF-8"):
        read_csv_results(b"kpi,period,value\n\xff\xfe,1,2\n", version())


ROW = st.tuples(st.integers(1, 12), st.floats(-1e9, 1e9), st.none() | st.integers(1, 10**6))


@given(st.lists(ROW, unique_by=lambda r: r[0], max_size=12))
def test_results_written_out_read_back_the_same(entries):
    results = tuple(KpiResult(f"2026-{m:02d}", v, n) for m, v, n in sorted(entries))
    kpi = Kpi("k1", "First-contact answer rate", results=results)
    target = Version("v", "To-be", kpis={"k1": Kpi("k1", "First-contact answer rate")})
    read = results_from_rows(results_to_rows([kpi]), target)
    assert read.get("k1", ()) == results
