"""How far a speaker's words reach, for :mod:`bot.extract.speakers`: a text opening a colon
introduction is no one ("A statement from the BBC:" is nobody called "A"), a list item's marker
hides no speaker, a release's label line's employer is not who speaks
(:mod:`bot.extract.speaker_employers`), nor is the company in "Ada Vale of Dun Reach said"
(:mod:`bot.extract.speaker_employer_names`), and a pronoun after a quotation standing alone as its
paragraph still reaches the person whose colon introduced it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.extract.caused_sayers import brought_on_sayers
from bot.extract.part_leavers import left_then_handed
from bot.extract.speaker_account_owners import owned_handle
from bot.extract.speaker_apposed_descriptions import apposed_descriptions_dropped
from bot.extract.speaker_employer_names import employee
from bot.extract.speaker_employers import labelled_person
from bot.extract.speaker_supplied_texts import supplied_text
from bot.extract.subjects import clause_subjects
from bot.extract.text import MASK
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.speakers import Resolver, Speaker
    from bot.extract.text import Doc


def employed(
    resolver: Resolver, match: re.Match[str], offset: int, speaker: Speaker | None
) -> Speaker | None:
    """``speaker`` of an attribution ``match``, the one a cited text is said to be put out by
    ("according to the caption X supplied"), or the person of "X of <company> said"; the name
    :mod:`bot.extract.speakers` calls, kept here with this module's other reaches."""
    return employee(resolver, match, offset, supplied_text(resolver, match, offset, speaker))


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
    to be someone the paragraph before names only as giving words ("X, who directed her, said
    she had ...": a tribute) is still the one person the headline names (an obituary's or a
    profile's subject), if the same pronoun last stood for them ("The producer paid tribute. //
    Asked about regrets, she thought. “...,” she said." is the subject's). Someone that
    paragraph is about ("Her daughter, Ada Vale, wrote a book. // She has not spoken since.")
    keeps the pronoun."""
    if depth == 0 or at == resolver.doc.sentence_at(offset).para:
        return found
    recalled = resolver.recall(pronoun, offset)
    if recalled is None or recalled.name == found.name:
        return found
    if recalled.name != resolver.headlined() or not _only_giving_words(
        resolver, at, found, recalled
    ):
        return found
    return recalled


_GIVES_WORDS = lazy_pattern(
    r"(?:[ ][^.,;:“”\"]{1,40}?,|,[ ][^.;:“”\"]{1,40}?,)?[ ]"
    r"(?:said|says|told|tells|added|recalled|remembered|confirmed|announced|admitted|explained"
    r"|paid[ ]tribute|wrote(?![ ]about))\b"
)
"""After a name, the verb of its words, past an aside ("Oskar Lind, who directed her, said",
"Corin Ashby of Gullwing Films, said")."""


def _only_giving_words(resolver: Resolver, para: int, found: Speaker, recalled: Speaker) -> bool:
    """Whether paragraph ``para`` names ``found`` only as giving words: an unnamed source or an
    organisation ("An Apple spokesperson confirmed"), a tribute's "X, who directed her, said", or
    inside what ``recalled`` tells ("X had seen her film, according to Vale"); never doing or
    being anything the paragraph tells of them in its own voice."""
    if found.source is not SourceKind.PERSON:
        return True
    doc = resolver.doc
    surname, teller = found.name.split()[-1], re.escape(recalled.name.split()[-1])
    told = re.compile(rf"according[ ]to[ ]{teller}\b|\b{teller},?[ ](?:said|says|recalls)\b")
    sentences = [s for s in doc.sentences if s.para == para]
    mentions = [
        (sentence, mention)
        for sentence in sentences
        for mention in re.finditer(
            rf"\b{re.escape(surname)}\b", doc.masked[sentence.start : sentence.end]
        )
    ]
    return bool(mentions) and all(
        _GIVES_WORDS.match(doc.masked, sentence.start + mention.end(), sentence.end) is not None
        or told.search(doc.masked, sentence.start, sentence.end) is not None
        for sentence, mention in mentions
    )


_TEXT_SHOWN = (
    r"(?:it|the[ ](?:full[ ])?(?:post|message|note|letter|caption)|what[ ](?:s?he|they)[ ]wrote)"
)
_HERE_IT_IS = lazy_pattern(
    r"(?:^|[.!?][ ]+)(?:Here(?:[’']s|[ ]is)[ ]"
    r"(?:(?:part|some|the[ ]start|an[ ]extract)[ ](?:of|from)[ ])?"
    rf"{_TEXT_SHOWN}|Read[ ](?:(?:part|some)[ ]of[ ])?{_TEXT_SHOWN}[ ]below)[ ]*:[ ]*$"
)
"""A post's words shown after the sentence telling it was posted: "Here’s part of it:", "Here is
what she wrote:", "Read the full post below:"."""
_POSTED_TEXT = lazy_pattern(
    r"[ ]*[A-Z][^.!?]*?[ ](?:posted|shared|wrote|published|put[ ]out)[ ]"
    r"(?:an?|her|his|their)[ ](?:[a-z-]+[ ]){0,2}?(?:post|message|note|letter|statement)\b"
    r"(?![^.!?]*\b(?:from|by|of)[ ])[^.!?]*[.!?]?[ ]*"
)
"""The sentence right before "Here’s part of it:": its subject posted a text of their own ("Ada
Vale has posted a long message on Instagram."), not one from someone else ("a screenshot of a
message from her co-star") nor anyone's reply."""


def shown_post(doc: Doc, pre: str, start: int) -> bool:
    """Whether ``pre`` (at ``start``) shows a post after the sentence telling who posted it:
    "Ada Vale has posted a long message. Here’s part of it: “...”" (the post's, so its
    poster's). Only when the sentence right before, in the same paragraph, has its subject post
    a text of their own."""
    if _HERE_IT_IS.search(pre) is None:
        return False
    own = doc.sentence_at(start)
    told = doc.sentence_at(own.start - 1) if own.start else own
    if told.start == own.start or told.para != own.para:
        return False
    return _POSTED_TEXT.fullmatch(doc.masked, told.start, told.end) is not None


_HEADING_LINE = lazy_pattern(r"[ ]*[A-Z][\w’'&@+-]*(?:[ ][\w’'&@+-]+){0,5}[ ]*")
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
_SENT_TEXT = lazy_pattern(
    r"An?[ ](?:[a-z]+[ ]){0,2}?(?:statement|post|message|note|letter|update|caption|tweet)\b"
)
"""A text opening the clause: "A statement from the BBC:" is no unnamed someone called "A"."""
_BARE_ARTICLES = frozenset({"A", "An"})
"""A subject cut to its article ("A final word from Ada, who ...:"): the words open on a thing
said, and an article alone names no unnamed someone."""


_MARKER_STARTS = frozenset(" 0123456789-*•")
_LIST_MARKER = lazy_pattern(r"[ ]*(?:\d{1,2}[.)]|[-*•])[ ]+(?=[A-Z])")
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
    found = apposed_descriptions_dropped(chunk, found)  # "Ada Vale, the author, posted"
    found = [
        owned_handle(chunk, at, raw) for at, raw in found if not left_then_handed(chunk, at, raw)
    ]
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


def lone_some(raw: str) -> bool:
    """Whether ``raw`` is a lone "Some" or number ("Some keys stick", "Two more notes, softer",
    cut to "Some", "Two"): things, no one who speaks ("Several" or "Many" alone are people)."""
    words = raw.split()
    return len(words) == 1 and words[0].lower() in _LONE_THINGS


_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "several", "many"})
"""Counting words only: "A Lumen+ spokesperson" may reach us cut to "A Lumen+"."""
_LONE_THINGS = frozenset({"some", *(_COUNTS - {"several", "many"})})
