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
