"""A question put to someone, then an answer credited by a pronoun.

"One fan asked Ada Vale whether she still had the coat. “In my wardrobe,” she said." is Ada
Vale's answer, not the fan's: the one asked answers ("the director" is whoever the article
credits so; "asked her" or "asked the panel" leaves it to no one). When the asker is a person
too, a pronoun cannot tell them apart ("Tom Lind asked Ada Vale whether he could stay. “No,” he
said." may be either): the answer is nobody's rather than a guess. Nor is a pronoun after someone
else answered the question its asker put ("Vale asks about a sequel. Lind: “...” She admits
..."): the asker's, by name and gender alone, is a guess. A question put in the passive ("Lind was
asked whether Ada had been hard to play. “She's fine,” he said.") was put to its subject: a
pronoun that finds someone else is no better than a guess, and the answer is nobody's.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from bot.extract.cues import starts_word
from bot.extract.descriptions import descriptor
from bot.extract.names import NAME
from bot.extract.speakers import Resolver, Speaker
from bot.extract.text import Doc, Span
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

_ASKED = lazy_pattern(
    rf"\b(?P<verb>asked|asks|asking|quizzed|questioned|pressed|challenged)[ ]"
    rf"(?P<name>{NAME}|him|her|them|(?:the|his|her|their)[ ](?:[\w’'-]+[ ]){{0,3}}?[\w’'-]+)"
    r",?[ ](?P<put>whether|if|what|how|why|when|where|who|which|about)\b"
)
"""A question put to someone; "kept asking him about the ending" (``verb`` "asking", ``put``
"about") is the asker's ongoing talk, no question awaiting an answer."""
_OTHER_OBJECT = {"he": "her", "she": "him"}
"""The object pronoun that cannot be the one a "he" or "she" after it stands for."""
_PRONOUN = lazy_pattern(r"^(?:he|she|they)\b", re.IGNORECASE)
_ASKED_OPENING = lazy_pattern(
    r"(?:^|[.!?”\"][ ]+)[ “\"‘']*Asked[ ](?P<clause>(?:by[ ][^,.!?]{1,60}?[ ])?"
    r"(?:whether|if|about|what|how|why|when|where|who|which)\b[^,.!?]{1,200}),[ ](?:he|she|they)\b"
)
"""A passive question opening the sentence ("Asked whether she would work with Tom Lind again,
she laughed.", "Asked by a fan whether ..."): the pronoun is whoever was asked, never someone
the question is about (nor the one asking)."""
_UNATTRIBUTED = Speaker("", SourceKind.UNATTRIBUTED, "")
_PASSIVE_ASKED = lazy_pattern(
    rf"[ “\"‘']*(?!(?:He|She|They|It|We|I|You)\b)(?P<name>{NAME})"
    r"[ ](?:was|were|is|gets|got)[ ](?:also[ ])?asked[ ]"
    r"(?:whether|if|what|how|why|when|where|who|which|about)\b"
)
"""A question put to a sentence's named subject in the passive: "Lind was asked whether"."""
_WHEN_ASKED = lazy_pattern(
    r"[ “\"‘']*(?:When|As|After|Once)[ ][^,.;:“”\"]{1,80}?[ ](?:asks|asked)[ ]"
    r"(?:[a-z]+[ ])?(?:whether|if|what|how|why|who|where|when|which|about)\b[^.;:“”\"]*?,[ ]"
    r"[^,.;:“”\"]{1,80}:[ ]*[“\"‘']?$"
)
"""A question put in a clause that opens the sentence, then whoever answers in the main one
("When Ada asks whether the roof will hold, Tom just shrugs: “...”"): the answer is the main
clause's, never the asker's (a trailer or a scene retold; a part answering is no one's)."""


def answering(doc: Doc, resolver: Resolver, offset: int, own: Speaker | None) -> Speaker | None:
    """``own`` (found through a pronoun) checked against a question put in the sentence before
    the quote's: the person asked, the asker, or no one."""
    if own is None or own.source is SourceKind.UNATTRIBUTED:
        return own
    sentence = doc.sentence_at(offset)
    if "sk" in own.attribution and _WHEN_ASKED.match(doc.masked, sentence.start, offset):
        return _UNATTRIBUTED
    pronoun = _PRONOUN.match(own.attribution)
    if pronoun is None:
        return _UNATTRIBUTED if _described_asker(doc, resolver, own, sentence) else own
    if asked_about(doc.masked[sentence.start : offset], own) is None:
        return _UNATTRIBUTED
    if _asker_answered(doc, own.name, sentence):
        return _UNATTRIBUTED
    before = doc.sentence_before(sentence)
    if before is None or not _opens_or_led(doc.masked[sentence.start : offset], own):
        return own  # the quote does not open its sentence, nor follows only its sayer
    if (passive := _PASSIVE_ASKED.match(doc.masked, before.start, before.end)) is not None:
        person = resolver.who(passive["name"], before.start + passive.start("name"), "")
        if person is None or person.source is not SourceKind.PERSON or person.name == own.name:
            return own
        return _UNATTRIBUTED
    asked = _ASKED.search(doc.masked, before.start, before.end)
    if asked is None or (asked["verb"], asked["put"]) == ("asking", "about"):
        return own
    if asked["name"] == _OTHER_OBJECT.get(pronoun.group().lower()):
        return own  # "Vale kept asking him ... “...,” she said.": not the one asked
    named = asked["name"] not in {"him", "her", "them"}
    at = before.start + asked.start("name")
    person = resolver.who(asked["name"], at, "") if named else None
    if person is not None and person.source is SourceKind.PERSON:
        if person.name == own.name:
            return own
        if own.source is not SourceKind.PERSON:
            return Speaker(person.name, person.source, own.attribution)
    # The asker named, or the one asked not a person we can name: not the asker's answer.
    return _UNATTRIBUTED


def _opens_or_led(chunk: str, own: Speaker) -> bool:
    """The quote opens its sentence, or only its pronoun sayer comes before it ("She laughed:
    “...”", the answer to a question put in the sentence before)."""
    lead = chunk.strip(" “\"‘'")
    return not lead or (lead.endswith(":") and lead.rstrip(" :") == own.attribution.strip())


_ASKS = lazy_pattern(
    rf"[ ](?:(?:then|also|now)[ ])?(?:asks|asked|wants[ ]to[ ]know|wanted[ ]to[ ]know|wonders)"
    rf"(?:[ ](?:{NAME}|him|her|them))?[ ](?:about|whether|if|what|how|why|when|where|who|which)\b"
)
"""A question put, perhaps to someone named ("asks Quayle whether", "then asks whether", "wants
to know whether"); its asker is the name right before it."""


def _described_asker(doc: Doc, resolver: Resolver, own: Speaker, sentence: Span) -> bool:
    """``own``, found for a job ("“...,” the director laughs"), is who put the question in the
    sentence before ("Vale asks whether the star will come."), and the text never gives them
    that job: the one asked answers, and the job names them, not the asker the text was last
    about. An asker the text gives the job keeps it ("Quayle directs the film. Quayle asks
    whether ... “...,” the director adds.")."""
    if not own.attribution.lower().startswith("the ") or own.source is not SourceKind.PERSON:
        return False
    index = bisect_right([s.start for s in doc.sentences], sentence.start) - 1
    before = doc.sentences[index - 1] if index > 0 else None
    if before is None or before.para != sentence.para:
        return False
    if not _asks(doc, own.name, before.start, before.end):
        return False
    words = own.attribution.split()[1:-1]  # "the director laughs": "director"
    credits = (resolver.cast, resolver.crew)
    given = descriptor(
        doc, resolver.people, credits, words, sentence.start, nearest=lambda: None, back=False
    )
    return given != own.name


def _ends_on(text: str, word: str, start: int, end: int) -> bool:
    r"""Whether ``text[start:end]`` ends on ``word`` starting a word (a newline may follow it):
    ``re.search(rf"(?<![\w’'-]){re.escape(word)}$", text, start, end)`` without a pattern
    compiled for every name."""
    for stop in (end, end - 1):
        at = stop - len(word)
        if at < start or (stop < end and text[stop] != "\n"):
            continue  # "$": at the end, or before a newline that ends the text
        if text.startswith(word, at) and starts_word(text, at):
            return True
    return False


def _asks(doc: Doc, name: str, start: int, end: int, *, answered_by: int = -1) -> bool:
    """``name`` (by surname) puts a question between ``start`` and ``end``; with
    ``answered_by``, one that someone's words answer before that offset."""
    last = name.rsplit(" ", 1)[-1]
    if doc.masked.find(last, start, end) < 0:
        return False  # the surname first: then whether a question follows it
    for ask in _ASKS.finditer(doc.masked, start, end):
        if not _ends_on(doc.masked, last, start, ask.start()):
            continue
        if answered_by < 0 or any(ask.end() <= q.start < answered_by for q in doc.quotes):
            return True
    return False


def _asker_answered(doc: Doc, name: str, sentence: Span) -> bool:
    """Earlier in the paragraph ``name`` asks the question and someone's words answer it
    ("Vale asks about a sequel. Tom Lind: “...” She then admits ...", a panel's live blog): a
    pronoun after the answer is the one answering, not the one who asked (whom a pronoun
    resolver finds by name and gender alone)."""
    para = doc.paras[sentence.para]
    return _asks(doc, name, para.start, sentence.start, answered_by=sentence.start)


def asked_about(
    chunk: str, found: Speaker | None, doc: Doc | None = None, sentence: Span | None = None
) -> Speaker | None:
    """``found`` (through a pronoun in ``chunk``), unless ``chunk`` opens with a passive question
    that names them ("Asked about X, she said." is not X's): then the one the question is about,
    not the one answering. Nor when ``chunk``, the ``sentence`` of ``doc``, opens its paragraph
    so ("Asked whether she has a favourite, she thinks. “...”") after a paragraph naming someone
    else too ("Vale, who has worked with Lind before, says she trusts her."): the writer asked the
    one the piece is about, and a pronoun reaching back past the break may be either."""
    if found is not None and doc is not None and sentence is not None and _ASKED_OPENING.match(
        chunk
    ) and _another_before(doc, sentence, found.name):  # fmt: skip
        return None
    if found is None or "Asked " not in chunk or _PRONOUN.match(found.attribution) is None:
        return found
    for match in _ASKED_OPENING.finditer(chunk):
        if any(len(part) > 2 and part in match["clause"] for part in found.name.split()):
            return None
    return found


_NAMED = lazy_pattern(rf"(?<![.!?”\"][ ])(?<!^){NAME}")
"""A capitalised name not opening a sentence (where "The" or "He" would match too)."""


def _another_before(doc: Doc, sentence: Span, name: str) -> bool:
    """Whether ``sentence`` opens its paragraph and the paragraph before names someone other than
    ``name`` outside its quotations."""
    para = doc.paras[sentence.para]
    if sentence.start != para.start or sentence.para == 0:
        return False
    before = doc.paras[sentence.para - 1]
    own = set(name.split())
    return any(
        not own & set(m.group().split())
        for m in _NAMED.finditer(doc.masked[before.start : before.end])
    )
