import pytest

from workbench.storage import FormatError, migrations
from workbench.storage.migrations import migrate


def test_the_current_schema_needs_no_step():
    data = {"format": "process-workbench", "schema_version": migrations.SCHEMA_VERSION}
    assert migrate(dict(data)) == data


def test_steps_run_in_order_one_version_at_a_time():
    seen = []

    def one_to_two(data):
        seen.append(data["schema_version"])
        data["lanes_renamed"] = True
        return data

    def two_to_three(data):
        seen.append(data["schema_version"])
        assert data["lanes_renamed"]
        return data

    data = {"format": "process-workbench", "schema_version": 1}
    result = migrate(data, target=3, migrations={1: one_to_two, 2: two_to_three})
    assert seen == [1, 2]
    assert result["schema_version"] == 3


def test_a_missing_step_is_reported():
    data = {"format": "process-workbench", "schema_version": 1}
    with pytest.raises(FormatError, match="no way to upgrade schema version 1"):
        migrate(data, target=2, migrations={})


def test_newer_files_are_refused():
    data = {"format": "process-workbench", "schema_version": migrations.SCHEMA_VERSION + 1}
    with pytest.raises(FormatError, match="newer Process Workbench"):
        migrate(data)


SAMPLE_V1 = __import__("pathlib").Path(__file__).parent / "data" / "schema_v1.pwb"


def test_schema_one_review_date_becomes_the_next_review():
    import json

    data = json.loads(SAMPLE_V1.read_text(encoding="utf-8"))
    assert data["schema_version"] == 1 and data["metadata"]["review_date"] == "2027-06-30"
    upgraded = migrations.one_to_two(data)
    assert "review_date" not in upgraded["metadata"]
    assert upgraded["metadata"]["next_review"] == "2027-06-30"


def test_the_kept_schema_one_file_opens_with_its_review_date_and_no_approval():
    from workbench.storage import load_document

    document = load_document(SAMPLE_V1)
    meta = document.metadata
    assert meta.next_review == "2027-06-30"
    assert (meta.approved_by, meta.approved_on, meta.change_log) == ("", "", ())
    assert all(not kpi.results for v in document.versions for kpi in v.kpis.values())


def test_an_empty_schema_one_review_date_leaves_no_next_review():
    data = {"format": "process-workbench", "schema_version": 1, "metadata": {"review_date": ""}}
    assert migrate(data)["metadata"] == {}
