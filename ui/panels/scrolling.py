"""A form that scrolls as a whole: its fields keep the height they ask for, and the page
scrolls when the panel is lower than the form, instead of every field being squeezed."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget


def scrolling_form(page: QWidget, parent: QWidget | None = None) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    policy = page.sizePolicy()
    policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)  # never below its size hint
    page.setSizePolicy(policy)
    area.setWidget(page)
    return area
