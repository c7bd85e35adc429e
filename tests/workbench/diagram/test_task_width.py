"""A task widens rather than break a word, accented Latin words included."""

from __future__ import annotations

from workbench.diagram import EstimatedMetrics
from workbench.diagram.steps import task_text


def test_a_long_german_word_widens_the_task_instead_of_breaking() -> None:
    width, lines = task_text("Bewerbungsgespräche führen", EstimatedMetrics())
    assert "Bewerbungsgespräche" in lines
    assert width > 128
