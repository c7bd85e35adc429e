import datetime as dt

import pytest

from workbench.approval import (
    add_months,
    approval_changes,
    new_draft_changes,
    next_label,
    next_review_due,
)
from workbench.document import Document
from workbench.model import Metadata, Status


def test_approving_records_who_when_the_log_and_the_next_review():
    document = Document(Metadata(title="Complaints", version_label="1.2", review_interval_months=6))
    document.change_metadata(**approval_changes(document.metadata, "Head of Quality",
                                                dt.date(2026, 8, 31), "New routing"))
    meta = document.metadata
    assert (meta.status, meta.approved_by, meta.approved_on) == (
        Status.APPROVED, "Head of Quality", "2026-08-31")
    assert meta.next_review == "2027-02-28"  # six months on, at the month's end
    assert [(e.version_label, e.summary) for e in meta.change_log] == [("1.2", "New routing")]
    document.change_metadata(**new_draft_changes(document.metadata))
    assert (document.metadata.status, document.metadata.version_label) == (Status.DRAFT, "1.3")
    assert document.metadata.change_log[0].version_label == "1.2"  # the approved one stays


def test_labels_and_due_dates():
    assert [next_label(x) for x in ("", "1.0", "2", "v1.9", "draft")] == [
        "0.1", "1.1", "3", "v1.10", "draft.1"]
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert next_review_due(Metadata(last_review="2026-01-20")) == dt.date(2027, 1, 20)
    assert next_review_due(Metadata(next_review="2026-05-01", last_review="2026-01-20")) == \
        dt.date(2026, 5, 1)
    assert next_review_due(Metadata()) is None


def test_the_version_in_operation_is_one_of_the_document_s_versions():
    from workbench.document import Document, EditError
    from workbench.model import Metadata, Version
    from workbench.readiness import current_version

    document = Document(Metadata(current_version="v-gone"),
                        versions=[Version("v1", "As-is"), Version("v2", "To-be")])
    assert current_version(document).id == "v2"
    assert document.set_current_version("v1") == ""  # a lost id meant the last version
    assert current_version(document).id == "v1"
    assert document.set_current_version("") == "v1"
    assert current_version(document).id == "v2"
    with pytest.raises(EditError):
        document.set_current_version("v3")
    assert document.metadata.current_version == ""
