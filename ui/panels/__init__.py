"""Dockable panels around the canvas: properties, checklist, KPIs, measures, findings.

Each panel is a plain QWidget built as `Panel(document, undo_stack, parent=None)`; the main
window puts it in a QDockWidget and tells it the current version and selection.
"""
