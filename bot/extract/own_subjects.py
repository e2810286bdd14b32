"""A quotation in a participle clause closing a sentence with a subject of its own and no
speech verb: the subject's words, never the sentence before's subject going on.

"Ivo Garnett directs. Ida Berg, 41, left the project in May, citing “family reasons”" are
Berg's words (the one citing), not Garnett's, as are those after a speech verb her own clause
coordinates ("... left in May and said it was “the right time”"); a subject the article never
names in full ("Berg left ...", with Berg unknown) leaves the words unattributed. Someone
unnamed ("One insider suggested it is “...”") is theirs, as before.

A sentence opening on a company's own text ("The Lumen press release calls it “...”", "Lumen’s
synopsis promises “...”") quotes that text: the company's words, a person's when the owner is
one the article knows ("Ada Vale's statement on Instagram"), else no one's; never the speaker
quoted in the sentence before going on.
"""

from __future__ import annotations

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.names import NAME
from bot.extract.people import clean_name, is_full
from bot.extract.speaker_self_parts import no_sayers
from bot.extract.speakers import Resolver, Speaker
from bot.extract.subjects import UNNAMED, UNNAMED_OPENS
from bot.extract.text import Doc
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

_NAMED_OPENS = lazy_pattern(
    r"(?!(?:The|A|An|This|That|These|Those|It|Its|He|She|They|We|I|His|Her|Their|Our|My|One|"
    r"Some|Many|Most|All|Both|Each|Every|No|Then|But|And|So|Yet|Still|Now|Here|There|If|When|"
    r"While|After|Before|As|In|On|At|For|With|By|From)\b)"
    rf"(?P<who>{NAME})(?:,[ ][^,“”\"‘’]{{1,40}},)?[ ]"
    r"(?!(?:and|or|of|in|on|at|for|with|from|to|by|is|was|are|were|has|had|&)\b)"
    r"(?:[a-z]+ly[ ])?[a-z]+\b"
)
"""A sentence opening on a name, perhaps an aside ("Ida Berg, 41,"), then a lower-case word:
its own subject and verb (not "Berg and Garnett", not "Berg is", which describe)."""
_ROLE_NAMED_OPENS = lazy_pattern(
    r"(?:The|Our|Their|His|Her|My)[ ](?:[a-z][\w-]*[ ]){0,2}[a-z][\w-]*,[ ]"
    rf"(?P<who>{NAME}),[ ](?:[a-z]+ly[ ])?"
    r"(?!(?:and|or|of|in|on|at|for|with|from|to|by|is|was|are|were|has|had|who|whose)\b)"
    r"[a-z]+\b"
)
"""A sentence opening on a role, then the name in apposition, then the verb: "The writer, Mara
Berg, heard it and said"."""
_PARTICIPLE = lazy_pattern(r",[ ](?:[a-z]+ly[ ])?[a-z]{3,}ing\b[^,.;:!?“”\"‘’]{0,30}[“\"‘]?$")
"""The quotation inside a participle clause closing the subject's own: ", citing “...”",
", calling the shoot “...”" (the subject is the one citing)."""
_AND_SAID = lazy_pattern(
    rf"[ ]and[ ](?:[a-z]+ly[ ])?{SPEECH_VERBS}\b[^.;:!?“”\"‘’]{{0,60}}[“\"‘]?$"
)
"""The quotation after a speech verb the subject's own clause coordinates ("Berg left in May
and posted online that she was “...”"): the subject is the one posting, not whoever the
sentence before quoted."""
_RELATIVE = lazy_pattern(r"\b(?:who|whom|whose)\b")
"""A relative clause before the "and": its verb may be another's ("Berg met Orr, who left
and said ...")."""
_NO_ONE = Speaker("", SourceKind.UNATTRIBUTED, "")
_OWNED_TEXT_OPENS = lazy_pattern(
    rf"(?:The[ ])?(?P<owner>{NAME})(?:[’']s)?[ ](?:own[ ]|official[ ]|new[ ]|latest[ ])?"
    r"(?:press[ ]release|release|statement|synopsis|blurb|logline|tagline|announcement|"
    r"publicity|marketing[ ](?:copy|material))[ ](?!(?:date|day|window|of|for|is|was)\b)"
    r"[^.;:!?“”\"‘’]{0,60}[“\"‘]?$"
)
"""A sentence opening on a company's or a person's own text, its quotation in that clause: "The
Lumen press release calls it “...”", "Lumen’s synopsis promises “...”" (not "Lumen’s release
date is")."""
_WORD_FROM = lazy_pattern(
    r"\b[Tt]he[ ](?:word|line|message|feeling|suggestion|understanding)[ ]from[ ]"
    rf"(?P<who>{UNNAMED})"
    r"[ ](?:is|was)[ ](?:that[ ])?[^.;:!?“”\"‘’]{0,60}[“\"‘]?$"
)
"""Hearsay told as its teller's: "the word from one person close to the shoot is that cameras
“...”" are the unnamed teller's words, never the sentence before's speaker going on."""


def own_subject(doc: Doc, resolver: Resolver, sentence_start: int, end: int) -> Speaker | None:
    """The speaker a sentence's own subject names, before its quotation at ``end``: someone
    unnamed; before a participle clause's quotation, a person the article names, or no one (a
    subject that is neither); None when the sentence opens on no subject of its own (a pronoun,
    a phrase) or the quotation is in no participle clause ("Vale took over as “...”")."""
    if opener := UNNAMED_OPENS.match(doc.text, sentence_start, end):
        return resolver.who(opener["who"], sentence_start, "")
    if owned := _OWNED_TEXT_OPENS.match(doc.text, sentence_start, end):
        return _text_owner(doc, resolver, clean_name(owned["owner"]))
    if told := _WORD_FROM.search(doc.text, sentence_start, end):
        return resolver.who(told["who"], told.start("who"), "") or _NO_ONE
    named = _NAMED_OPENS.match(doc.text, sentence_start, end) or _ROLE_NAMED_OPENS.match(
        doc.text, sentence_start, end
    )
    if named is None or not (
        _PARTICIPLE.search(doc.text, named.end(), end) or _coordinated(doc.text, named.end(), end)
    ):
        return None
    speaker = resolver.who(named["who"], sentence_start, "")
    if speaker is not None and speaker.source is SourceKind.PERSON:
        return Speaker(speaker.name, speaker.source, "")
    return _NO_ONE


def _coordinated(text: str, start: int, end: int) -> bool:
    """The quotation at ``end`` follows "and <speech verb>" of the clause opening at ``start``."""
    said = _AND_SAID.search(text, start, end)
    return said is not None and _RELATIVE.search(text, start, said.start()) is None


def _text_owner(doc: Doc, resolver: Resolver, owner: str) -> Speaker:
    """Whose the text a sentence opens on is: a company the article knows, or a person by full
    name ("Ada Vale's statement went out, calling it “...”": her words); no one when the name
    is a part or a title ("Mira's statement in the trailer") or a lone surname."""
    parts = no_sayers(resolver.cast, doc)
    if owner in parts or any(part.split()[0] == owner for part in parts):
        return _NO_ONE
    org = resolver.orgs.find(owner)
    if org is not None:
        return Speaker(org, SourceKind.ORGANISATION, "")
    named = resolver.named(owner) if is_full(owner) else None
    return named if named is not None and named.source is SourceKind.PERSON else _NO_ONE
