"""A dub's or a voice-over's voices, for :mod:`bot.extract.castnotparts`.

"The German-language dub will feature Jo Brandt as the voice of Mira" names who dubs a part in
another language's version, not who was cast in the work; so does "in the dubbed version, Ana
Ruiz is heard as the voice of Tom", and "X returns as the French voice of Tom" (a language
before "voice" is the dub's). Without a dub in the sentence, "as the voice of" (an animated
film's cast) is still a casting; a bare "Y as Mira" joined to a dub's voice ("X as the voice of
Tom and Y as Mira") is the dub's too; so is "who voices Mira" with a dub in its own clause, or
over "Mira (played in English by Ada Vale)" (a dub elsewhere in the sentence is no sign: "X, who
voices Pip, said the dubbing was fun"). Nor is "In the dub, Tom is voiced by Kai Lund"
(:func:`dub_voiced`, for :mod:`bot.extract.castcrossed`).
"""

from __future__ import annotations

import re

from bot.extract.castdubclauses import ACCENTS, dub_clause_voice
from bot.extract.castlanguageversions import language_version_voice
from bot.extract.castvoicedactors import voiced_actor
from bot.extract.lexicon import GENRE_NOUNS, NATIONALITIES, NEGATED, PRODUCTION_NOUNS, REFLEXIVE
from bot.extract.text import Doc, Span
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_DUB = lazy_pattern(r"\b(?:dub|dubs|dubbed|dubbing|voice-?overs?)\b", re.IGNORECASE)
_VOICE_OF = lazy_pattern(r"[ ]as[ ]the[ ]voice[ ]of[ ]")
_TONGUE_VOICE = lazy_pattern(
    r"[ ]as[ ]the[ ](?P<tongue>[A-Z][a-z]+)(?P<language>-language)?[ ]voice[ ]of[ ]"
)
"""A language's voice of a part: "as the French voice of Tom", "as the German-language voice"."""
_ACCENTS = ACCENTS
"""A dub's language only with "-language" or a dub in the sentence."""
_TONGUE_CAST = (
    rf"\b(?:{'|'.join(sorted(NATIONALITIES - _ACCENTS))})(?:-language)?[ ]voice[ ]"
    r"(?:cast|actors?|talent)\b"
)
"""A language's voice cast: "the French voice cast (Tom is voiced by X)" is a dub's."""
_TONGUE_VERSION = (
    rf"\b(?:{'|'.join(sorted(NATIONALITIES - _ACCENTS))})(?:-language)?[ ]"
    r"(?:version|track|trailer|teaser)\b"
)
"""A language's version, audio track or trailer: "the Italian version, in which Tom is voiced by
X", "a Spanish-language trailer in which Tom is voiced by X" is a dub's ("the Japanese release"
or "the French edition" is a country's release or print run)."""
_DUBBED = lazy_pattern(
    rf"\b(?:dub|dubs|dubbed|dubbing)\b|{_TONGUE_CAST}|{_TONGUE_VERSION}", re.IGNORECASE
)
_DUB_WORD = lazy_pattern(r"\b(?:dub|dubs|dubbed|dubbing)\b", re.IGNORECASE)
""":data:`_DUBBED`'s first alternative alone: found, it answers whether the text tells a dub
far faster than the whole pattern, whose languages (case-insensitive) are tried at every place
before the first dub word."""
_TONGUE_NOUN = lazy_pattern(r"[ ](?:voice[ ]|version|track|trailer|teaser)", re.IGNORECASE)
"""What :data:`_DUBBED`'s other alternatives (a language's voice cast or version) need after the
language: without it ("Dublin" holds "dub", no dub word), the whole pattern need not be tried."""
_VOICES = lazy_pattern(r"\b(?:voices|voice|voicing|voiced(?![ ](?:[a-z]+[ ])?by\b))[ ](?!of\b)")
"""A voice verb before the part: "voices Mira", "will again voice Mira", "has voiced Mira" (not
"voiced by", :func:`dub_voiced`'s)."""
_OWN_VOICE = lazy_pattern(rf"[ ]{REFLEXIVE}\b")
"""The actor dubbing their own part: "will voice Mira herself in the Polish dub"."""
_IN_TONGUE = lazy_pattern(r"[ ]in[ ](?:the[ ])?(?P<tongue>[A-Z][a-z]+)\b")
"""The language a voice speaks the part in, right after it: "voices Mira in Portuguese", "in
the Spanish dub" (an accent's word, "in English", is the work's own tongue as often)."""
_TONGUE_QUALIFIES = lazy_pattern(
    r"[ ](?:(?!(?:for|and|with|on|in|from|to|as|by|at|of|the|a|an)\b)[a-z-]+[ ]){0,2}"
    rf"(?:{GENRE_NOUNS}|{PRODUCTION_NOUNS}|director|filmmaker|animator|animation|anime|studio|"
    r"company|producer|writer|author|creator|actor|actress|star|broadcaster|channel|streamer)s?\b"
)
"""The language's word as an adjective of a maker or a work after it ("in Japanese director
Sato's Lumen", "in the French animated film Lumen"): the work's country, not a dub's tongue."""
_PLAYED_IN_TONGUE = lazy_pattern(r"\((?:played|portrayed)[ ]in[ ][A-Z][a-z]+[ ]by\b")
"""The part a voice dubs, then who plays it in the original ("voices Mira (played in English by
Ada Vale)"): the voice is a dub's, whatever else the sentence says."""
_PART_REACH = 50
_VOICED = r"voiced[ ](?:[a-z]+[ ]){0,2}by"
_VOICED_BY = lazy_pattern(rf"\b{_VOICED}\b")
"""A voice credit, adverbs between: "voiced by", "voiced again by", "voiced once again by"."""
_GAPPED_VOICE = lazy_pattern(
    r"(?:[ ]as[ ]the[ ](?:[A-Z][a-z]+(?:-language)?[ ])?voice[ ]of|\b(?:voicing|voices|voice))[ ]"
    r"[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3}"
    r"(?:[ ]in[ ]the[ ](?:[A-Z][a-z]+(?:-language)?[ ])?(?:dub|version))?"
    r"(?:,[ ]and|,[ ]with|,|[ ]and|[ ]with)[ ]$"
)
"""The voice before a gapped one: "as the voice of Tom and ", "voicing Tom and " or "voicing Tom in
the Polish dub, with " before "Kai Lund as Mira" (the verb carries over to the bare "as")."""


_CLAUSE_BACK = lazy_pattern(r"(?:,[ ](?:and|but|while)[ ]|[;:–—][ ]?|[ ]but[ ])")
"""Where the clause before a voice begins: "The film will be dubbed, and X voices Mira" is no
dub's voice ("In the dub, X voices Mira" is)."""
_CLAUSE_ON = lazy_pattern(r"[,;:–—(]")
"""Where the clause after a voice's part ends: "X voices Pip, and the film will be dubbed"."""


_AND_BREAK = lazy_pattern(r"[,;][ ]and[ ]")
"""A clause joined on with "and" after a comma or a semicolon: the one before may hand its dub on
(:func:`dub_in_clause`)."""
_VOICE_TOLD = lazy_pattern(r"\bvoic(?:e|ed|es|ing)\b")
"""A voice credit in the clause before, by any form of the word ("voices", "Tom's voice is"): the
dub's first voice, which the next clause continues."""
_ORIGINAL = lazy_pattern(r"\b(?:original|originally|English)\b")
"""The work's own tongue named in the joined clause: "..., and in the original Tom is voiced by
X" turns from the dub back to the work's cast."""


def dub_in_clause(chunk: str, start: int, end: int) -> bool:
    """Whether a dub word stands in the clause over ``chunk[start:end]``: back to the last clause
    break before it, on to the next comma after it. A dub named elsewhere in the sentence ("X,
    who voices Pip, said the dubbing sessions were fun") is no sign the voice is the dub's; but a
    clause joined by ", and" to a dub's own voice credit goes on with that dub's voices ("in the
    Polish version Tom's voice is Kai Lund's, and Mira is voiced by Ana Ruiz")."""
    begin = 0
    breaks = list(_CLAUSE_BACK.finditer(chunk, 0, start))
    if breaks:
        begin = breaks[-1].end()
    stop = _CLAUSE_ON.search(chunk, end)
    if _DUBBED.search(chunk, begin, stop.start() if stop else len(chunk)) is not None:
        return True
    if not breaks or _AND_BREAK.match(chunk, breaks[-1].start()) is None:
        return False
    if _ORIGINAL.search(chunk, begin, start) is not None:
        return False
    before = breaks[-2].end() if len(breaks) > 1 else 0
    last = breaks[-1].start()
    return (
        _VOICE_TOLD.search(chunk, before, last) is not None
        and _DUBBED.search(chunk, before, last) is not None
    )


def dubbed_voice(chunk: str, start: int, end: int) -> bool:
    """Whether the casting over ``chunk[start:end]`` is "as the voice of" a part in a sentence
    about a dub or a voice-over, or "as the <language> voice of" one, or a bare "as" joined to
    such a voice after the dub is named ("the dub has X as the voice of Tom and Y as Mira": Y is a
    voice too; not "..., with a Spanish dub to follow")."""
    if _VOICES.search(chunk, start, end) is not None:
        if _OWN_VOICE.match(chunk, end):
            return False  # "will voice Mira herself in the dub": the actor's own part
        spoken = _IN_TONGUE.match(chunk, end)
        if (
            spoken is not None
            and spoken["tongue"] in NATIONALITIES - _ACCENTS
            and _TONGUE_QUALIFIES.match(chunk, spoken.end()) is None
        ):
            return True  # "has voiced Mira in Portuguese": a dub's voice
        tongue = _PLAYED_IN_TONGUE.search(chunk, start, end + _PART_REACH)
        return tongue is not None or dub_in_clause(chunk, start, end)
    if _DUB.search(chunk, 0, start) and _GAPPED_VOICE.search(chunk, max(start - 80, 0), start):
        return True
    if " voice of " not in chunk:
        return False
    tongue = _TONGUE_VOICE.search(chunk, start, end)
    if tongue is not None and tongue["tongue"] in NATIONALITIES:
        if tongue["language"] or tongue["tongue"] not in _ACCENTS:
            return True
        return _DUB.search(chunk) is not None
    return _VOICE_OF.search(chunk, start, end) is not None and _DUB.search(chunk) is not None


def dub_voiced(chunk: str, start: int, end: int) -> bool:
    """Whether the "voiced by" over ``chunk[start:end]`` stands in a sentence about a dub: "In
    the dub, Mira is voiced by Jo Brandt" names the dub's voice, not the work's cast (an
    animated film's "Mira is voiced by Jo Brandt" is still a casting)."""
    return _VOICED_BY.search(chunk, start, end) is not None and dub_in_clause(chunk, start, end)


_VOICE_CUE = lazy_pattern(rf"\b(?:{_VOICED}|voices|dubs)\b")
"""A voice's credit: what a dub's sentence uses where a casting says "plays"."""
_DUB_TOLD = lazy_pattern(
    r"\b(?:dub|dubs|dubbing)\b(?![ ](?:it|him|her|them|this|that|its|his|their|the)\b)"
    r"|\bdubbed(?=[.,;:!?)]|$|[ ](?:into|in|or|and|version|versions|release|edition|audio|for)\b)",
    re.IGNORECASE,
)
"""A dub in its own sense ("the Spanish dub", "see the film dubbed", "dubbed into Spanish"), not
a name given ("fans have dubbed it the cutest film", "what the studio dubbed its biggest")."""


def dub_voices_dropped(doc: Doc, cast: list[CastFact]) -> list[CastFact]:
    """``cast`` without a dub's voices, in an article that tells of a dub (not one said not to
    be made): the voices told right after a sentence of the same paragraph that names the dub
    ("Many viewers will see the film dubbed. As before, Mira is voiced by Jo Brandt"), and a
    voice given to a part another actor plays on screen ("with Ada Vale as Mira" earlier). An
    animated film's "Mira is voiced by Jo Brandt" is still a casting. Dropped too: the voices
    of a dub their own sentence sets before them (:mod:`.castdubclauses`), the voices named
    after another language's version (:mod:`.castlanguageversions`), and the voice an
    on-screen actor is given (:mod:`.castvoicedactors`)."""
    cast = [fact for fact in cast if not language_version_voice(fact)]
    if "dub" not in doc.text.lower():  # no dub told (far cheaper than _DUBBED over the text)
        return cast
    cast = [fact for fact in cast if not (dub_clause_voice(fact) or voiced_actor(fact))]
    if _DUB_WORD.search(doc.text) is None and (
        _TONGUE_NOUN.search(doc.text) is None or _DUBBED.search(doc.text) is None
    ):
        return cast
    # a dub named in any sense ("dubbed the lead in the German version") lets a part another
    # actor plays on screen be voiced only in a dub; a voice after a sentence needs a dub told
    told = any(_dub_told(doc, s) for s in doc.sentences)
    shown = {(f.character, f.actor) for f in cast if _VOICE_CUE.search(f.evidence) is None}
    return [
        fact
        for fact in cast
        if _VOICE_CUE.search(fact.evidence) is None
        or not (
            (told and _after_a_dub(doc, fact))
            or any(part == fact.character and actor != fact.actor for part, actor in shown)
        )
    ]


def _dub_told(doc: Doc, sentence: Span) -> bool:
    """Whether ``sentence`` tells a dub, not negated before it ("will not be dubbed")."""
    found = _DUB_TOLD.search(doc.text, sentence.start, sentence.end)
    return found is not None and NEGATED.search(doc.text, sentence.start, found.start()) is None


def _after_a_dub(doc: Doc, fact: CastFact) -> bool:
    at = doc.text.find(fact.evidence)
    if at < 0:
        return False
    sentence = doc.sentence_at(at)
    before = [s for s in doc.sentences if s.para == sentence.para and s.end <= sentence.start]
    return bool(before) and _dub_told(doc, before[-1])
