"""A date inside a message: ISO as a string (JSON, caches), the reader's order when read."""

from __future__ import annotations

import copy
import json
import pickle

from workbench.audit_texts import REVIEW_DETAILS
from workbench.i18n import Day, Msg, message_data, message_from_data, translator


def test_a_date_reads_in_each_language_and_stays_iso_as_text() -> None:
    message = Msg(REVIEW_DETAILS["overdue"], due=Day("2026-06-30"))
    assert "due on 2026-06-30;" in str(message)
    assert "30 Jun 2026" in translator("en").render(message)
    assert "2026年6月30日" in translator("zh-CN").render(message)


def test_a_date_survives_the_cache_and_a_copy() -> None:
    message = Msg(REVIEW_DETAILS["overdue"], due=Day("2026-06-30"))
    for again in (message_from_data(json.loads(json.dumps(message_data(message)))),
                  copy.deepcopy(message), pickle.loads(pickle.dumps(message))):
        assert translator("zh-CN").render(again) == translator("zh-CN").render(message)
        assert str(again) == str(message)
