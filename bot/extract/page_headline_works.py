"""Which of the works a headline names side by side the page is about, for :mod:`.context`.

A headline may name two works or more: "From Lantern Row to The Brass Orchard: Ada Vale's
year", "Festival live: Lantern Row divides the press, The Brass Orchard wins the room", "What
to watch this weekend: Lantern Row, The Brass Orchard and more" (invented examples). Each is
then known, and what the page says of either would pass for its own. The body tells them
apart in two ways:

- it introduces a work the reader is not assumed to know, by its maker's possessive ("Ada
  Vale's competition film Lantern Row") or by an apposition telling its kind ("Lantern Row, a
  Welsh island drama directed by Ada Vale,"): that work is another one;
- in a guide that heads each entry with the work's title and where to see it ("OUR TOP
  CHOICE: Lantern Row (BBC One, Sunday 9pm)"), the page's own is the one entry it names again
  outside that entry ("if The Brass Orchard leaves you wanting more", "Read more: The Brass Orchard
  review"); the other entries the headline names are other works'.

A work is another only when the headline names one more that is not so told. Its guide entry,
a live blog's timed entry that opens on it, and a sentence naming it and none of ours are then
another production's (what they cast, credit or date is held).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extract.crewdashentries import dashed_title
from bot.extract.crewguideentries import where_line_entries
from bot.extract.cues import word_led
from bot.extract.lexicon import CHANNEL, GENRE_NOUNS, WEEKDAY_NAME
from bot.extract.names import FULL_NAME
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_RUN = r"(?:[A-Z][\w’'-]*|\d+)(?:[ ](?:(?:of|the|at|in|on|a|an)[ ])?(?:[A-Z][\w’'-]*|\d+)){0,6}"
"""A title's words: capitalised, small words only inside ("A Summer at Quillbay")."""
_FROM_TO = lazy_pattern(rf"\bFrom[ ](?P<one>{_RUN})[ ]to[ ](?P<two>{_RUN})(?=[:,]|[ ]*$)")
"""A headline spanning two works: "From Lantern Row to The Brass Orchard: ..."."""
_CLAUSE_CUT = lazy_pattern(r",[ ]|[ ](?:and|plus|&)[ ]")
_LEAD = lazy_pattern(rf"[ ]*[‘“'\"]?(?P<title>{_RUN})")
_POSSESSOR = lazy_pattern(
    rf"\b[A-Z][\w-]+[ ][A-Z][\w-]+[’']s[ ](?:[a-z-]+[ ]){{0,2}}(?:{GENRE_NOUNS}[ ])?$"
)
"""A maker's possessive before a title: "Ada Vale's ", "Ada Vale's competition film "."""
_KIND_AFTER = lazy_pattern(
    rf",[ ](?:a|an)[ ](?:[\w-]+[ ]){{0,3}}?{GENRE_NOUNS}[ ]"
    r"(?:directed|written|created|produced|starring|from|by|about|set)\b"
)
"""An apposition telling a title's kind: ", a Welsh island drama directed by"."""
_KIND_BEFORE = lazy_pattern(
    rf"\b(?:A|An)[ ](?:[\w-]+[ ]){{0,3}}?{GENRE_NOUNS}\b[^,.;:!?]{{0,60}},[ ]$"
)
"""A sentence's opening that tells the kind of the title after it: "A Welsh crime drama set on
an island, Lantern Row stars ..."."""
_ENTRY_LINE = lazy_pattern(
    rf"[ ]*(?:[A-Z][A-Za-z’' ]{{1,30}}:[ ]+)?[‘“'\"]?(?P<title>[A-Z0-9][^()\n:]{{1,70}}?)[’”'\"]?"
    rf"[ ]+\({CHANNEL}[^()\n]{{0,80}}\)[ ]*"
)
"""A guide entry's line: a label ("OUR TOP CHOICE:", "Pick of the week:") or not, the title,
where to see it in brackets."""
_NO_WORK = lazy_pattern(rf"^{CHANNEL}|\b{WEEKDAY_NAME}\b|\d")
"""A headline's clause lead that names no work: a channel, a day, a number."""
_FULL_NAME = lazy_pattern(FULL_NAME)
_PERSON_VERB = lazy_pattern(
    r"(?![\w])[ ](?:plays|played|said|says|will[ ]play|is[ ]to[ ]play|joins|has[ ]joined)\b"
)
"""What follows a person's name, never a work's: "X plays", "X said", "X will play", "X has
joined" (a round-up's "..., plus Ada Vale" adds a casting, not a work)."""
_WORD_BEFORE = lazy_pattern(r"(?<![\w])")
_WORD_AFTER = lazy_pattern(r"(?![\w])")
_TIMED = lazy_pattern(r"[ ]*\d{1,2}[:.]\d{2}\b")
_POSSESSIVE_END = lazy_pattern(r"[’']s$")
_SECTION = lazy_pattern(r"[ ]*[A-Z][\w’' -]{2,40}[ ]*$")
"""A short heading line between a guide's entries ("Also worth your time", "Coming soon")."""
_MIN_WORKS = 2
_ARTICLES = frozenset({"the", "a", "an"})
_MIN_WORDS = 2


def headline_works(headline: str) -> list[str]:
    """The works a headline names side by side: "From X to Y", else the leads of the clauses
    after its colon ("...: X divides the press, Y wins the room", "...: X, Y and more"), of
    two words or more, none a channel, a day or a number (not "...: five odd moments from Ada
    and Tom's last episode", "...: Lantern Row, BBC One, Sunday 9pm")."""
    spanned = _FROM_TO.search(headline)
    if spanned is not None:
        return [_trimmed(spanned["one"]), _trimmed(spanned["two"])]
    _, colon, rest = headline.rpartition(": ")
    if not colon:
        return []
    leads = [_LEAD.match(clause) for clause in _CLAUSE_CUT.split(rest)]
    titles = [_trimmed(m["title"]) for m in leads if m is not None]
    return [t for t in titles if len(t.split()) >= _MIN_WORDS and not _NO_WORK.search(t)]


def _plus_works(headline: str) -> tuple[str, list[str]]:
    """The lead a headline names and the works it adds after it with "plus" ("Wrap round-up:
    Lantern Row finishes filming, plus Tallow and Brine"): the page's other news, one word each
    or more. The lead is the page's own, however the body introduces it."""
    _, colon, rest = headline.rpartition(": ")
    lead, plus, added = rest.partition(", plus ")
    first = _LEAD.match(lead)
    if not colon or not plus or first is None:
        return "", []
    titles = [_PLUS_TITLE.fullmatch(clause) for clause in _CLAUSE_CUT.split(added)]
    return _trimmed(first["title"]), [
        t[0] for t in titles if t is not None and not _NO_WORK.search(t[0])
    ]


_PLUS_TITLE = lazy_pattern(rf"{_RUN}")


def _trimmed(title: str) -> str:
    """A title less a possessive ending ("X's finale": "X")."""
    return _POSSESSIVE_END.sub("", title)


def other_headline_starts(doc: Doc) -> set[int]:
    """Start offsets of the sentences about a work the headline names beside the page's own
    (see above); empty when the page does not tell its own apart. A headline's lead the body
    uses as a person ("Meet the cast: X, Y and more" over "X plays ...") is no work."""
    lead, added = _plus_works(doc.headline)
    works = [
        w
        for w in dict.fromkeys(headline_works(doc.headline) + added)
        if _named(w, doc.body) and not _as_person(w, doc.body)
    ]
    if len(works) < _MIN_WORKS:
        return set()
    entries = _guide_entries(doc, works)
    others = {w for w in works if w in added or (w != lead and _introduced(w, doc.body))}
    others |= _entries_introduced(doc, entries)
    others |= _not_returned(doc, entries)
    if not others or others >= set(works):
        return set()
    own = [w for w in works if w not in others]
    found: set[int] = set()
    for work, paras in entries.items():
        if work in others:
            found |= {v.span.start for v in doc.views if v.span.para in paras}
    for para in doc.paras:
        views = [v for v in doc.views if v.span.para == para.para]
        if not views or _TIMED.match(doc.text, para.start, para.end) is None:
            continue
        first = doc.text[views[0].span.start : views[0].span.end]
        if _names_any(first, others) and not _names_any(first, own):
            found |= {v.span.start for v in views}
    ours = {p for work in own for p in entries.get(work, set())}  # "Tissues left after X?"
    told = {v.span.start for v in doc.views if v.span.para not in ours}
    return found | (_told_of_others(doc, others, own) & told)


def _told_of_others(doc: Doc, others: set[str], own: list[str]) -> set[int]:
    """Starts of the sentences naming one of ``others`` and none of ``own``, and of those after
    one in its paragraph that name neither ("X, a drama, ... . The series, directed by A, ...":
    still the other work's), up to one that names a headline work again."""
    found: set[int] = set()
    para, carried = -1, False
    for view in doc.views:
        sentence = doc.text[view.span.start : view.span.end]
        carried = carried and view.span.para == para
        para = view.span.para
        if _names_any(sentence, own):
            carried = False
        elif _names_any(sentence, others):
            carried = True
        if carried:
            found.add(view.span.start)
    return found


def _as_person(lead: str, body: str) -> bool:
    """``lead`` reads as a full name, and the body has it play, say or do something."""
    return (
        _FULL_NAME.fullmatch(lead) is not None
        and next(word_led(lead, body, _PERSON_VERB), None) is not None
    )


def _named(work: str, text: str) -> bool:
    """``work`` stands in ``text`` as whole words."""
    return next(_whole(work, text), None) is not None


def _whole(work: str, text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """Where ``work`` stands in ``text`` as whole words (see :func:`cues.word_led`)."""
    return word_led(work, text, _WORD_AFTER, start=_WORD_BEFORE)


def _names_any(text: str, works: set[str] | list[str]) -> bool:
    return any(_named(work, text) for work in works)


def _introduced(work: str, body: str) -> bool:
    """The body introduces ``work`` as one the reader is not assumed to know (see above)."""
    for at, after in _whole(work, body):
        before = body[max(at - 60, 0) : at]
        told = _POSSESSOR.search(before) or _KIND_BEFORE.search(before)
        if told or _KIND_AFTER.match(body, after.end()):
            return True
    return False


_NEW_KIND = rf"(?:new|latest|debut)[ ](?:[a-z-]+[ ]){{0,2}}?(?:{GENRE_NOUNS}|[a-z]+-parter)\b"
_ENTRY_OPENER = lazy_pattern(
    rf"[ ]*(?:(?!The[ ])(?:[A-Z][\w-]*[ ]){{1,3}}[A-Z][\w-]+[’']s[ ]{_NEW_KIND}"
    rf"|(?:The|A)[ ]{_NEW_KIND}[ ](?:from|by)[ ][A-Z])"
)
"""A guide entry's text opening on its work as a maker's new one, the maker named in any
length, after a job or not: "Ada Vale’s new six-parter is ...", "Writer Orla Tiernagh’s
latest crime drama ...", "The new four-parter from Ada Vale ..."; not a title's own possessive
("The Tin Lid’s new series")."""


def _entries_introduced(doc: Doc, entries: dict[str, set[int]]) -> set[str]:
    """The headline's works whose guide entry opens its text by telling the work as its maker's
    new one: a work the reader is not assumed to know, so not the page's own."""
    found = set()
    for title, paras in entries.items():
        texts = sorted(paras)[1:2]  # the paragraph under the entry's line
        if any(_ENTRY_OPENER.match(doc.text, doc.paras[p].start) for p in texts):
            found.add(title)
    return found


def _guide_entries(doc: Doc, works: list[str]) -> dict[str, set[int]]:
    """The paragraphs of each guide entry whose line names one of ``works``: the line and
    those under it up to the next entry line."""
    entries: dict[str, set[int]] = {}
    current: set[int] | None = None
    stacked = {entry[0] for entry in where_line_entries(doc)}
    for para in doc.paras:
        if para.para <= (doc.title_para if doc.title_para is not None else -1):
            continue
        line = _ENTRY_LINE.fullmatch(doc.text, para.start, para.end)
        title = line["title"] if line is not None else dashed_title(doc, para.para)
        if title is None and para.para in stacked:  # "Lantern Row" over "BBC One, 9pm"
            title = doc.text[para.start : para.end]
        if title is not None:
            title = title.strip()
            current = entries.setdefault(title, set()) if title in works else None
        elif para.para - 1 not in stacked and _SECTION.fullmatch(doc.text, para.start, para.end):
            current = None  # "Also worth your time": the page's own voice again
        if current is not None:
            current.add(para.para)
    return {title: paras for title, paras in entries.items() if paras}


def _not_returned(doc: Doc, entries: dict[str, set[int]]) -> set[str]:
    """When a guide's entries for the headline's works are two or more and the page names
    exactly one of them again outside its entry, the others (else none). A title counts as
    named again by its first capitalised word past an article ("Brass" of "The Brass
    Orchard"), as a page shortens it."""
    if len(entries) < _MIN_WORKS:
        return set()
    first = (doc.title_para if doc.title_para is not None else -1) + 1
    returned = set()
    inside = {p for paras in entries.values() for p in paras}
    for title in entries:
        words = [w for w in title.split() if w[:1].isupper() and w.lower() not in _ARTICLES]
        outside = " ".join(
            text
            for p in doc.paras[first:]
            if p.para not in inside and (text := doc.text[p.start : p.end]).strip() != doc.headline
        )  # the headline, repeated, names them all; another entry's comparison names no own
        if words and _named(words[0], outside):
            returned.add(title)
    return set(entries) - returned if len(returned) == 1 else set()
