"""Reading untrusted BPMN bytes into an element tree, refusing what could hurt.

Files come from other tools and other organisations. Entity expansion (billion laughs),
external entities and DTDs (XXE) are refused by defusedxml before anything is expanded or
fetched; size and nesting are bounded so a hostile file fails fast instead of eating memory.
The bytes go to expat in one feed: fed in chunks, expat rescans a token that spans chunks
from its start each time, which is quadratic on one huge comment or attribute.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from typing import Any

from defusedxml import (
    DefusedXmlException,
    DTDForbidden,
    EntitiesForbidden,
    ExternalReferenceForbidden,
)
from defusedxml.ElementTree import DefusedXMLParser

from exporters.bpmn.errors import BpmnError
from workbench.i18n import Msg
from workbench.storage.parse import NotARegularFile, open_regular

MAX_FILE_BYTES = 32_000_000
MAX_DEPTH = 200


def read_bytes(path: str | os.PathLike[str], limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, refusing an oversized file before reading it whole."""
    source = os.fspath(path)
    try:
        with open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise BpmnError(_too_big(size, limit), source)
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise BpmnError(Msg("there is no such file"), source) from None
    except IsADirectoryError:
        raise BpmnError(Msg("this is a folder, not a BPMN file"), source) from None
    except NotARegularFile:
        raise BpmnError(
            Msg("not a regular file (a pipe, device or socket); it was not read"), source
        ) from None
    except PermissionError:
        raise BpmnError(Msg("permission denied: the file cannot be read"), source) from None
    except OSError as error:
        raise BpmnError(
            Msg("the file cannot be read ({reason})", reason=error.strerror or str(error)), source
        ) from None
    if len(data) > limit:
        raise BpmnError(_too_big(len(data), limit), source)
    return data


def parse_xml(data: bytes, max_depth: int = MAX_DEPTH, limit: int = MAX_FILE_BYTES) -> ET.Element:
    """The root element of well-formed, DTD-free XML no deeper than `max_depth`."""
    if len(data) > limit:
        raise BpmnError(_too_big(len(data), limit))
    builder = _DepthLimitedBuilder(max_depth)
    parser = DefusedXMLParser(
        target=builder, forbid_dtd=True, forbid_entities=True, forbid_external=True
    )
    try:
        parser.feed(data)
        root = parser.close()
    except DTDForbidden:
        raise BpmnError(
            Msg("the file declares a DTD (<!DOCTYPE …>); BPMN needs none, and DTDs can expand "
                "entities or fetch other files, so the file is refused")
        ) from None
    except EntitiesForbidden:
        raise BpmnError(
            Msg("the file declares XML entities; they are refused for safety")
        ) from None
    except ExternalReferenceForbidden:
        raise BpmnError(
            Msg("the file refers to an external resource; it is refused and nothing was fetched")
        ) from None
    except DefusedXmlException as error:
        raise BpmnError(
            Msg("the file uses an unsafe XML feature ({detail})", detail=str(error))
        ) from None
    except ET.ParseError as error:
        line, column = getattr(error, "position", (None, None))
        reason = str(error).split(":", 1)[0]
        raise BpmnError(  # expat's own words for what is wrong stay as it says them
            Msg("not well-formed XML ({reason}, column {column})",
                reason=reason, column=str(column)),
            line=line,
        ) from None
    except LookupError as error:  # an encoding Python does not know
        raise BpmnError(
            Msg("the file declares a text encoding this program cannot read ({detail}); "
                "save it as UTF-8", detail=str(error))
        ) from None
    if root is None:
        raise BpmnError(Msg("the file is empty"))
    return root


class _DepthLimitedBuilder(ET.TreeBuilder):
    """Builds the tree, refusing elements nested deeper than `max_depth` as they open."""

    def __init__(self, max_depth: int) -> None:
        super().__init__()
        self.max_depth = max_depth
        self.depth = 0

    def start(self, tag: Any, attrs: dict[Any, Any]) -> ET.Element:
        self.depth += 1
        if self.depth > self.max_depth:
            raise BpmnError(
                Msg("elements are nested deeper than {depth} levels; "
                    "no BPMN diagram needs that, so the file is refused", depth=self.max_depth)
            )
        return super().start(tag, attrs)

    def end(self, tag: Any) -> ET.Element:
        self.depth -= 1
        return super().end(tag)


def _too_big(size: int, limit: int) -> Msg:
    return Msg("the file is {size} MB, over the {limit} MB limit for BPMN files",
               size=format(size / 1e6, ".1f"), limit=format(limit / 1e6, ".0f"))
