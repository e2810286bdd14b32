"""An interview's labelled turns, for :mod:`bot.extract.quotes`: a question is held, credited to
whoever asks; an answer is its labelled speaker's ("Ada Vale:", "VALE:", "A:" or "AV:" for the
person the headline or the opening paragraph names). A label in capitals is the person as the
article writes the name in ordinary case elsewhere. The headline, though shaped like a turn, is
no one's answer.
"""

from __future__ import annotations

from bot.extract.capital_labels import in_capitals, ordinary_case
from bot.extract.descriptions import initials
from bot.extract.introduced_guests import ROLE, introduced, spoken_to
from bot.extract.names import FULL_NAME, TOKEN
from bot.extract.quote_marks import is_title_like
from bot.extract.reader_questions import column_writer
from bot.extract.speakers import Resolver, Speaker
from bot.extract.subjects import ROLES_BEFORE
from bot.extract.text import Doc, Quote
from bot.facts import HELD, QuoteFact, SourceKind, held
from bot.lazy_patterns import lazy_pattern

_WORD = lazy_pattern(r"[\w’'-]+")


def mentions(name: str, text: str) -> bool:
    said = set(_WORD.findall(text))
    return any(w in said for w in name.split() if len(w) > 2)


def labelled_turn(
    doc: Doc, resolver: Resolver, quote: Quote, found: list[QuoteFact]
) -> QuoteFact | None:
    start, end = trimmed(doc.text, quote)
    stage = _STAGE.match(doc.text, start, end)  # "[Laughs] He's a lot!": the words, not the cue
    start = stage.end() if stage is not None else start
    start, end = _unmarked(doc.text, start, end)
    if end <= start:
        return None
    caps = in_capitals(quote.label)
    if quote.asking:
        # The interviewer's question: the batches disagree whether it is a quote, so it is
        # returned held, credited to the outlet or person who asks.
        asker = resolver.known(quote.label) or Speaker(
            quote.label.title() if caps else quote.label,
            SourceKind.ORGANISATION,
            f"{quote.label}:",
        )
        return QuoteFact(doc.text[start:end], asker.name, asker.source, asker.attribution,
                         confidence=HELD, doubt="an interviewer's question")  # fmt: skip
    written = ordinary_case(quote.label, doc.text) if caps else None
    if caps and " " in quote.label.strip() and written is None:
        return None  # "ADA VALE:" never written in ordinary case: the name's spelling is unknown
    speaker = resolver.label(written or quote.label)
    if speaker is not None and written is not None:
        speaker = Speaker(speaker.name, speaker.source, f"{quote.label}:")
    if speaker is None and quote.label.isupper() and len(quote.label) > _INITIALS:
        speaker = resolver.label(_titled(quote.label))  # "FÆRCH:" is Færch
    if speaker is None and quote.label in _ANSWER_LABELS:
        speaker = (
            _interviewee(doc, resolver, quote.label)
            or _sole_quoted(doc, quote, found)
            or introduced(doc, resolver, quote.label)
            or spoken_to(doc, resolver, quote.label)  # "We spoke to the editor, Ada Vale, ..."
            or column_writer(doc)  # "Q: ...? — Ann, Swansea": the column's writer answers
        )
    elif speaker is None and quote.label.isupper() and len(quote.label) <= _INITIALS:
        speaker = _interviewee(doc, resolver, quote.label, initialled=True)  # "AV:"
    if speaker is None:
        return None  # "UPDATE: ..." after a question is no interview answer
    fact = QuoteFact(doc.text[start:end], speaker.name, speaker.source, speaker.attribution)
    # "Ada Vale: the long road home" after a lede ending on a question is the headline, which
    # answers nothing: held, its name still the person the article is about.
    return held(fact, "a headline, no one's answer") if quote.para == doc.title_para else fact


def _interviewee(
    doc: Doc, resolver: Resolver, label: str, *, initialled: bool = False
) -> Speaker | None:
    """ "A:" in a Q&A is the person the headline is about, named first in it ("Ada Vale on
    her first film, ..."), if the body names them too or prints again the words the headline
    quotes (:func:`_echoed`); so are their initials ("AV:") when
    ``initialled``, though no sentence has yet shown the name to be a person's."""
    if doc.title_para is None:
        return None
    title = doc.paras[doc.title_para]
    lead = _PROFILE_HEADLINE.match(doc.text, title.start, title.end)
    if lead is None or not (lead["name"] in doc.body or _echoed(doc, title.start, title.end)):
        return None
    if lead["kicker"] and lead.end("name") == lead.end():
        return None  # "Pick of the week: Tide": a kicker before a name alone may head a title
    if _PAIRED.search(doc.text, title.start, lead.start("name")):
        return None  # "Ada Vale and Tom Reed on ...": a joint interview, its answers not one's
    if initialled and initials(lead["name"]) != label:
        return None
    resolver.people.add(lead["name"])
    found = resolver.label(lead["name"])
    return Speaker(found.name, found.source, f"{label}:") if found else None


_HEADLINE_WORDS = lazy_pattern(r"[‘“\"]((?:[^’”\"]|’(?=\w)){12,60})[’”\"]")
"""The words a headline quotes, at least a few of them ("‘I was wet all spring’")."""


def _echoed(doc: Doc, start: int, end: int) -> bool:
    """The headline quotes words that the body prints again: the person it names said them in
    the interview, though the body calls them only "the director". A quoted title ("X on ‘The
    Salt Year’") is no one's words: the body naming the work again shows no one said it."""
    words = _HEADLINE_WORDS.search(doc.text, start, end)
    if words is None or is_title_like(words[1]):
        return False
    return words[1].rstrip(".!?,") in doc.body


def _sole_quoted(doc: Doc, quote: Quote, found: list[QuoteFact]) -> Speaker | None:
    """ "A:" in a Q&A whose headline names no one: the one person quoted by name before the
    questions start, if the paragraph that opens the Q&A names them too ("X talked us through
    ...")."""
    first = next((q for q in doc.quotes if q.asking), None)  # doc.quotes run in text order
    if first is None or first.start > quote.start or first.para == 0:
        return None
    named = {
        f.speaker
        for f in found
        if f.source is SourceKind.PERSON
        and f.attribution
        and not f.attribution.endswith(":")
        and doc.text.find(f.text, 0, first.start) >= 0  # quoted before the questions start
    }
    if len(named) != 1:
        return None
    name = named.pop()
    intro = doc.paras[first.para - 1]
    if not mentions(name, doc.text[intro.start : intro.end]):
        return None
    return Speaker(name, SourceKind.PERSON, f"{quote.label}:")


_FORM = r"(?:movie|film|series|show|TV|stage|musical|documentary)"
_PROFILE_HEADLINE = lazy_pattern(
    r"(?:(?:Q[ ]?&[ ]?A|Interview|INTERVIEW)[ ]?[:|][ ]|In[ ]conversation[ ]with[ ]"
    r"|(?P<kicker>[A-Z][a-z]+(?:[ ][a-z]+){1,3}:[ ]))?"
    rf"(?:[‘“\"'](?:[^’”\"]|’(?=\w)){{1,120}}[’”\"'](?::|[ ][-–—])?[ ])?"
    rf"(?:(?:{TOKEN}[ ]){{0,3}}{TOKEN}[’']s[ ]|(?:{TOKEN}[ ]){{1,3}}{_FORM}[ ](?={ROLE}))?"
    rf"{ROLES_BEFORE}"
    rf"(?P<name>{FULL_NAME})(?:[ ](?:[Oo]n|[Tt]alks|[Oo]pens[ ][Uu]p|[Rr]eflects|[Rr]emembers|"
    r"[Ll]ooks[ ][Bb]ack|[Aa]nswers)\b"
    r"|(?::|[ ][-–—])[ ]*[“\"‘']|[ ]*$)"
)
"""A headline about one person: "Ada Vale on ...", perhaps after their work and role ("‘Tide’
Director Ada Vale on ...", "Tide’s Ada Vale on ...") or their words ("‘I wanted ...’: Ada Vale on
..."; "Tide film star Ada Vale on ..."; an apostrophe inside the words, "‘I wasn’t ready’"), or
the person's words after a colon or dash ("Ada Vale: “I wanted ...”", "Ada Vale – ‘I ...’"), or
the person alone ("‘I wanted ...’: Tide composer Ada Vale"), or the person answering ("Ada
Vale answers our questions about ..."); a Q&A's own label may come first
("Q&A: Ada Vale on ...", "In conversation with Ada Vale"), or a column's
kicker in small words ("The long read: Ada Vale on ...")."""
_PAIRED = lazy_pattern(r"(?:[ ]and|[ ]&|,)[ ]$")
"""A headline's name joined to another before it ("Ada Vale and Tom Reed on ..."): two guests."""
_INITIALS = 3
"""Labels longer than this in capitals are names ("FÆRCH:"), not initials ("AQ:")."""
_AFTER_MARK = lazy_pattern(r"(?<=[\u0300-\u036f])\w")


def _titled(label: str) -> str:
    """A label in capitals in title case, a combining accent inside its word ("ABÍỌ́DÚN")."""
    return _AFTER_MARK.sub(lambda m: m.group().lower(), label.title())


_ANSWER_LABELS = frozenset({"A", "A."})


_STAGE = lazy_pattern(r"[\[(][A-Za-z][a-z]*(?:[ ][a-z]+){0,3}\.?[\])][ ]+(?=\S)")


_OPENS, _CLOSES = '“"', '”"'


def _unmarked(text: str, start: int, end: int) -> tuple[int, int]:
    """A turn that is one double-quoted line ("Ada: “Text me back.”") is the words inside."""
    inner = text[start + 1 : end - 1]
    if (
        end - start > 2
        and text[start] in _OPENS
        and text[end - 1] in _CLOSES
        and not any(mark in inner for mark in '“”"')
    ):
        return start + 1, end - 1
    return start, end


def trimmed(text: str, quote: Quote) -> tuple[int, int]:
    start, end = quote.start, quote.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end
