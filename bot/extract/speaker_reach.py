"""How far a speaker's words reach, for :mod:`bot.extract.speakers`: a text opening a colon
introduction is no one ("A statement from the BBC:" is nobody called "A"), a list item's marker
hides no speaker, a release's label line's employer is not who speaks
(:mod:`bot.extract.speaker_employers`), and a pronoun after a quotation standing alone as its
paragraph still reaches the person whose colon introduced it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.extract.caused_sayers import brought_on_sayers
from bot.extract.descriptions import headline_person
from bot.extract.part_leavers import left_then_handed
from bot.extract.speaker_employers import labelled_person
from bot.extract.subjects import clause_subjects
from bot.extract.text import MASK

if TYPE_CHECKING:
    from bot.extract.speakers import Resolver, Speaker
    from bot.extract.text import Doc


def bridged(doc: Doc, before: int, para: int) -> bool:
    """Paragraph ``before`` introduces (with a colon) a quotation standing alone as the one
    paragraph between it and ``para``: "Vale spoke on a podcast:", “...”, "She also said ...":
    the pronoun after the quotation still reaches the person who introduced it."""
    if para - before != 2 or doc.title_para == before + 1:
        return False
    intro, quoted = doc.paras[before], doc.paras[before + 1]
    if not doc.text[intro.start : intro.end].rstrip().endswith(":"):
        return False
    return not doc.masked[quoted.start : quoted.end].strip(f"{MASK} .!?\"“”‘’'")


def apart(doc: Doc, before: int, para: int) -> bool:
    """Whether paragraph ``before`` is too far above ``para`` for a pronoun there to reach:
    more than one paragraph up (the headline between them not counted), unless :func:`bridged`."""
    title = doc.title_para
    gap = para - before - (title is not None and before < title < para)
    return gap > 1 and not bridged(doc, before, para)


def kept(
    resolver: Resolver, pronoun: str, offset: int, found: Speaker, *, depth: int, at: int
) -> Speaker:
    """Who ``pronoun`` at ``offset`` stands for, the search having found ``found`` in paragraph
    ``at``. A pronoun that opens its paragraph (a pronoun's own, ``depth`` > 0) and was found
    to be someone named in the paragraph before is still the one person the headline names (an
    obituary's or a profile's subject), if the same pronoun last stood for them ("The producer
    paid tribute. // Asked about regrets, she thought. “...,” she said." is the subject's)."""
    if depth == 0 or at == resolver.doc.sentence_at(offset).para:
        return found
    recalled = resolver.recall(pronoun, offset)
    if recalled is None or recalled.name == found.name:
        return found
    headlined = headline_person(resolver.doc, resolver.people, resolver.context, set())
    return recalled if recalled.name == headlined else found


HERE_IT_IS = re.compile(
    r"(?:^|[.!?][ ]+)Here(?:[’']s|[ ]is)[ ]"
    r"(?:(?:part|some|the[ ]start|an[ ]extract)[ ](?:of|from)[ ])?"
    r"(?:it|the[ ](?:post|message|note|letter|caption))[ ]*:[ ]*$"
)
"""A post's words shown after the sentence telling it was posted: "Ada Vale has posted a long
message. Here’s part of it: “...”" (the post's, so its poster's)."""


_HEADING_LINE = re.compile(r"[ ]*[A-Z][\w’'&@+-]*(?:[ ][\w’'&@+-]+){0,5}[ ]*")
"""A round-up's heading line: a few words, no sentence ("The brands", "Netflix")."""


def headed_between(doc: Doc, before: int, para: int) -> bool:
    """Whether a heading line stands between paragraph ``before`` and ``para``: a round-up of
    posts starts another entry there ("Netflix" over its own post), so a caption below it is
    never the post of someone named above it."""
    spans = doc.paras[before + 1 : para]
    return any(
        _HEADING_LINE.fullmatch(doc.text, s.start, s.end) is not None
        for s in spans
        if s.para != doc.title_para
    )


UNNAMED_FIRST = frozenset({"a", "an", "one", "another", "two", "several", "some", "many"})
UNNAMED_FIRST |= {"someone", "somebody"}  # "Someone in the comments wrote"
_SENT_TEXT = re.compile(
    r"An?[ ](?:[a-z]+[ ]){0,2}?(?:statement|post|message|note|letter|update|caption|tweet)\b"
)
"""A text opening the clause: "A statement from the BBC:" is no unnamed someone called "A"."""
_BARE_ARTICLES = frozenset({"A", "An"})
"""A subject cut to its article ("A final word from Ada, who ...:"): the words open on a thing
said, and an article alone names no unnamed someone."""


_MARKER_STARTS = frozenset(" 0123456789-*•")
_LIST_MARKER = re.compile(r"[ ]*(?:\d{1,2}[.)]|[-*•])[ ]+(?=[A-Z])")
"""A list item's number or bullet before its first word ("4) Ada's caption for the photo:")."""


def item_subjects(chunk: str) -> list[tuple[int, str]]:
    """Clause subjects of ``chunk``, the marker of a list item that introduces a quotation with
    a colon blanked first (offsets kept), so the item's subject opens its clause as it would
    without the marker ("4) Ada's caption for the photo:")."""
    marker = None
    if chunk[:1] in _MARKER_STARTS and chunk.rstrip().endswith(":"):
        marker = _LIST_MARKER.match(chunk)
    if marker is not None:
        chunk = " " * marker.end() + chunk[marker.end() :]
    if (person := labelled_person(chunk)) is not None:
        return [person]
    found = sorted(clause_subjects(chunk) + brought_on_sayers(chunk))
    found = [(at, raw) for at, raw in found if not left_then_handed(chunk, at, raw)]
    if "A" not in chunk:
        return found
    return [
        (at, raw)
        for at, raw in found
        if raw not in _BARE_ARTICLES and not _SENT_TEXT.match(chunk, at)
    ]


def counted(raw: str) -> bool:
    """Whether ``raw`` is a count then only capitalised words ("Two Pellingham nominations",
    cut to "Two Pellingham"): things counted by name, not an unnamed someone ("two sources")."""
    words = raw.split()
    counts = len(words) > 1 and words[0].lower() in _COUNTS
    return counts and all(word[:1].isupper() for word in words[1:])


_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "several", "many"})
"""Counting words only: "A Lumen+ spokesperson" may reach us cut to "A Lumen+"."""
