"""Which fonts the report uses: the PDF's standard Helvetica for Latin-only documents, an
embedded TrueType CJK font as soon as any text needs more (Chinese labels, scripts 话术).

An embedded font prints the same on every machine, so a workshop's printout matches the
screen. Without one we fall back to reportlab's CID font STSong-Light, which the reader's
PDF viewer must supply, and say so in a warning rather than fail the export.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger(__name__)

RESOURCE_FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"

# TrueType (glyf) CJK fonts, most common first. CFF-based OpenType collections (Noto CJK
# .ttc) cannot be embedded by reportlab; they are tried and skipped.
SYSTEM_CANDIDATES: tuple[str, ...] = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/noto/NotoSansSC-Regular.ttf",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/arphic/ukai.ttc",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
    "C:/Windows/Fonts/simsun.ttc",
)
CID_FALLBACK = "STSong-Light"
LATIN_REGULAR, LATIN_BOLD = "Helvetica", "Helvetica-Bold"
SYMBOL = "Symbol"  # arrows for continuation marks; every PDF viewer has it

_registered: dict[str, str] = {}  # font file -> registered name


@dataclass(frozen=True)
class ReportFonts:
    regular: str
    bold: str
    embedded: str | None = None  # the TrueType file embedded, if any
    warnings: tuple[str, ...] = ()


def needs_unicode_font(texts: Iterable[str]) -> bool:
    """True when some text falls outside what the standard PDF fonts can show (cp1252)."""
    for text in texts:
        try:
            text.encode("cp1252")
        except UnicodeEncodeError:
            return True
    return False


def choose_fonts(
    texts: Iterable[str], candidates: Sequence[str | Path] | None = None
) -> ReportFonts:
    """Fonts for a document whose visible strings are `texts`.

    `candidates` replaces the search list (tests use it to simulate a machine without CJK
    fonts); by default `resources/fonts/` comes first, then the usual system places, then
    whatever fontconfig knows for Chinese.
    """
    if not needs_unicode_font(texts):
        return ReportFonts(LATIN_REGULAR, LATIN_BOLD)
    paths = list(candidates) if candidates is not None else default_candidates()
    for path in paths:
        name = _register_truetype(Path(path))
        if name is not None:
            return ReportFonts(name, name, str(path))
    warning = (
        "No TrueType Chinese font was found to embed, so Chinese text uses the PDF font "
        f"{CID_FALLBACK}, which the reader's PDF viewer must provide. Install a Chinese font "
        "(on Debian or Ubuntu: fonts-wqy-microhei) or put a .ttf/.ttc font in "
        f"{RESOURCE_FONTS}."
    )
    log.warning(warning)
    pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
    return ReportFonts(CID_FALLBACK, CID_FALLBACK, None, (warning,))


def default_candidates() -> list[Path]:
    shipped = sorted(RESOURCE_FONTS.glob("*.tt[fc]")) if RESOURCE_FONTS.is_dir() else []
    system = [Path(p) for p in SYSTEM_CANDIDATES]
    return [*shipped, *system, *_fontconfig_chinese()]


def _fontconfig_chinese() -> list[Path]:
    """Chinese-capable TrueType files fontconfig knows about, where fontconfig exists."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    try:
        out = subprocess.run(
            [fc_list, ":lang=zh", "file"], capture_output=True, text=True, timeout=5, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    files = (line.strip().rstrip(":") for line in out.splitlines())
    return [Path(f) for f in sorted(files) if f.lower().endswith((".ttf", ".ttc"))]


def _register_truetype(path: Path) -> str | None:
    """Register a TrueType font once per process; None when it is missing or unusable."""
    key = str(path)
    if key in _registered:
        return _registered[key]
    if not path.is_file() or not os.access(path, os.R_OK):
        return None
    name = f"PWB-{path.stem}"
    try:
        font = TTFont(name, key, subfontIndex=0)
    except Exception as error:  # noqa: BLE001 - reportlab raises several kinds for bad fonts
        log.info("Skipping font %s: %s", path, error)
        return None
    pdfmetrics.registerFont(font)
    _registered[key] = name
    return name
