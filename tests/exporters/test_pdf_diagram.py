"""The report's diagram pages as a reader gets them, for every bundled template: the
engine's drawing without defects, no text under 7 pt on any page (read back with
`pdftotext -bbox`), every step's label on the diagram pages, lane names on every tile, and
one page whenever the diagram fits one at a legible scale."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from exporters.pdf import document_texts, export_report
from exporters.pdf_diagram_pages import diagram_box
from exporters.pdf_document import landscape_frame_size, tall_frame_size
from exporters.pdf_fonts import choose_fonts
from exporters.pdf_story import diagram_plan
from exporters.pdf_tiles import MIN_SCALE, MIN_TEXT, plan_tiles
from exporters.text_metrics import ReportlabMetrics
from tests.exporters import pdf_tools as pdf
from tests.exporters.template_reports import TEMPLATES, report_pdf, squeeze
from workbench.diagram import build_drawing, style
from workbench.diagram.check import diagram_defects
from workbench.diagram.tiles import extent
from workbench.i18n import translator
from workbench.storage import load_document

WORD = re.compile(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>')


def _drawings(template: Path):  # noqa: ANN202
    document = load_document(template)
    metrics = ReportlabMetrics(choose_fonts(document_texts(document)).regular)
    return document, metrics, [(v, build_drawing(v, metrics)) for v in document.versions]


@functools.cache
def _height_at_floor(font: str, folder: Path) -> float:
    """How tall pdftotext says a word of `font` at exactly 7 pt is."""
    path = folder / f"calibrate-{font}.pdf"
    canvas = Canvas(str(path))
    canvas.setFont(font, MIN_TEXT)
    canvas.drawString(50, 700, "Calibrate 校准" if font.startswith("PWB") else "Calibrate")
    canvas.save()
    heights = [float(b) - float(a) for a, b, _ in WORD.findall(pdf.run("pdftotext", "-bbox",
                                                                        str(path), "-"))]
    return max(heights)


@functools.cache
def _pages(path: Path) -> list[str]:
    """Each page's text in drawing order, so a label's lines follow each other."""
    return [pdf.run("pdftotext", "-raw", "-f", str(n), "-l", str(n), str(path), "-")
            for n in range(1, pdf.page_count(path) + 1)]


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
def test_the_templates_own_drawing_has_no_defects_in_the_reports_font(template: Path) -> None:
    _, metrics, drawings = _drawings(template)
    for version, drawing in drawings:
        assert diagram_defects(drawing, metrics) == [], version.name


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
def test_no_text_in_the_report_is_under_7_pt(template: Path, tmp_path: Path) -> None:
    document, path = report_pdf(template)
    font = choose_fonts(document_texts(document)).regular
    floor = _height_at_floor(font, tmp_path) - 0.02
    words = WORD.findall(pdf.run("pdftotext", "-bbox", str(path), "-"))
    assert words
    small = [(w, float(b) - float(a)) for a, b, w in words if float(b) - float(a) < floor]
    assert small == []


def test_the_calibration_sees_text_under_7_pt(tmp_path: Path) -> None:
    path = tmp_path / "small.pdf"
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica", 6.5)
    canvas.drawString(50, 700, "small")
    canvas.save()
    (a, b, _), = WORD.findall(pdf.run("pdftotext", "-bbox", str(path), "-"))
    assert float(b) - float(a) < _height_at_floor("Helvetica", tmp_path) - 0.02


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
def test_the_diagram_pages_carry_every_step_label_and_lane_names_on_every_tile(
    template: Path,
) -> None:
    document, path = report_pdf(template)
    pages = _pages(path)
    tr = translator(document.metadata.language)
    overview = tr("{title}: overview (detail on pages {first}–{last})").split("{title}")[1][:4]
    for version in document.versions:
        title = tr("{version}: swimlane diagram").format(version=version.name)
        tiles = [p for p in pages if title in p and overview not in p]
        assert tiles, title
        text = squeeze("".join(tiles))
        for node in version.nodes.values():
            assert squeeze(node.label) in text, node.label
        _, _, plan = diagram_plan(_drawings(template)[2][document.versions.index(version)][1],
                                  "a4")
        lanes_cut = any(tile.row > 0 for tile in plan.tiles)
        if len(tiles) > 1:
            for page in tiles:
                lanes = [lane.name for lane in version.lanes if squeeze(lane.name) in
                         squeeze(page)]
                assert lanes, "a tile without its lane headers"
                if not lanes_cut:
                    assert len(lanes) == len(version.lanes), "every lane on every tile"


def test_a_tall_diagram_is_printed_upright_rather_than_cut_into_rows_of_lanes() -> None:
    """Network complaints' as-is is a little taller than a landscape page holds at 7 pt:
    landscape would cut its lanes into two rows of tiles, the lower ones nearly empty;
    upright, every page shows all of its lanes."""
    template = next(t for t in TEMPLATES if t.stem == "network-complaints.en")
    document, path = report_pdf(template)
    _, _, drawings = _drawings(template)
    version, drawing = drawings[0]
    landscape = plan_tiles(drawing, *diagram_box(*landscape_frame_size("a4")))
    assert any(tile.row > 0 for tile in landscape.tiles), "the case this test is about"
    orientation, _, plan = diagram_plan(drawing, "a4")
    assert orientation == "tall" and plan.pages <= landscape.pages
    assert all(tile.row == 0 for tile in plan.tiles)
    title = f"{version.name}: swimlane diagram (part"
    printed = [n for n, page in enumerate(_pages(path), 1) if title in page]
    assert len(printed) == plan.pages
    for number in printed:
        width, height = pdf.page_size(path, number)
        assert width < height, number


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
def test_a_diagram_is_on_one_page_when_it_fits_at_a_legible_scale(template: Path) -> None:
    document, path = report_pdf(template)
    _, _, drawings = _drawings(template)
    boxes = [diagram_box(*landscape_frame_size("a4")), diagram_box(*tall_frame_size("a4"))]
    pages = _pages(path)
    for version, drawing in drawings:
        whole = extent(drawing)
        fits = any((style.HEADER_WIDTH + whole.w) * MIN_SCALE <= width
                   and whole.h * MIN_SCALE <= height for width, height in boxes)
        _, _, plan = diagram_plan(drawing, "a4")
        tr = translator(document.metadata.language)
        overview = tr("{title}: overview (detail on pages {first}–{last})").split("{title}")[1][:4]
        title = tr("{version}: swimlane diagram").format(version=version.name)
        printed = [p for p in pages if title in p and overview not in p]
        assert len(printed) == plan.pages
        assert (plan.pages == 1) == fits
        assert all(tile.steps for tile in plan.tiles), "a tile holding only a connector stub"
        assert any(overview in p and title in p for p in pages) == (plan.pages > 1)


def test_a3_paper_takes_fewer_diagram_pages(tmp_path: Path) -> None:
    from exporters.pdf import export_report

    template = next(t for t in TEMPLATES if t.stem == "health-insurance-claims.en")
    document = load_document(template)
    a4 = export_report(document, tmp_path / "a4.pdf", paper="a4").pages
    a3 = export_report(document, tmp_path / "a3.pdf", paper="a3").pages
    assert a3 < a4


def test_a_lane_name_longer_than_its_header_holds_ends_in_an_ellipsis(tmp_path: Path) -> None:
    """Not printed over the next lane's header and the line of interaction."""
    document = load_document(TEMPLATES[0])
    version = document.versions[0]
    lane = version.lanes[1]
    name = ("Front-line agent of the one-stop service desk, who owns the customer's promise "
            "from the first call to the installer's visit and the follow-up call after it, "
            "in every city of the province")
    document.change_lane(version.id, lane.id, name=name, height=100.0)
    path = tmp_path / "report.pdf"
    export_report(document, path, date="2026-05-01")
    title = f"{version.name}: swimlane diagram (part"
    tiles = [page for number in range(1, pdf.page_count(path) + 1)
             if title in (page := pdf.text(path, number, number))]
    assert tiles
    for page in map(squeeze, tiles):
        assert squeeze("Front-line agent of the") in page and "…" in page
        assert squeeze("in every city of the province") not in page
