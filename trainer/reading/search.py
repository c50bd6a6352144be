"""Search the courses and knowledge base a person may open; resolve course links.

The index (:class:`trainer.content.search.SearchIndex`) is built once per loaded
catalogue and kept; a query over the shipped content takes well under a millisecond.

May import: trainer.auth, trainer.content, trainer.reading, trainer.services (types
only), the standard library.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from trainer.auth.session import Session
from trainer.content.courses import Catalogue
from trainer.content.markup import classify_link
from trainer.content.search import Hit, SearchIndex
from trainer.reading.access import may_open

if TYPE_CHECKING:
    from trainer.services import Services

#: Indexes of the last few catalogues loaded (a reload makes a new catalogue object).
_indexes: OrderedDict[int, tuple[Catalogue, SearchIndex]] = OrderedDict()
_KEEP = 4


def _index_of(catalogue: Catalogue) -> SearchIndex:
    key = id(catalogue)  # the catalogue is kept in the value, so the id stays its own
    if key not in _indexes:
        _indexes[key] = (catalogue, SearchIndex(catalogue.courses))
        while len(_indexes) > _KEEP:
            _indexes.popitem(last=False)
    _indexes.move_to_end(key)
    return _indexes[key][1]


def search_courses(services: Services, session: Session, query: str, lang: str) -> list[Hit]:
    """Sections of the courses and knowledge base this person may open that contain
    every term of ``query`` (Chinese or English, two-character terms included)."""
    catalogue = services.catalogue()
    allowed = {c.id for c in catalogue.courses if may_open(session, c)}
    return _index_of(catalogue).search(query, lang, allowed)


@dataclass(frozen=True)
class Link:
    """Where a link in a course leads: ``kind`` is section, course, external or bad."""

    kind: str
    course_id: str = ""
    section_id: str = ""
    url: str = ""


def parse_link(target: str, current_course: str) -> Link:
    """``#id`` (this course), ``course:id#section``, ``http(s)://…``; anything else is bad."""
    kind = classify_link(target)
    if kind == "section":
        return Link("section", current_course, target[1:])
    if kind == "course":
        course_id, _, section_id = target[len("course:") :].partition("#")
        return Link("course", course_id.strip("/"), section_id) if course_id else Link("bad")
    if kind == "external":
        return Link("external", url=target)
    return Link("bad", url=target)
