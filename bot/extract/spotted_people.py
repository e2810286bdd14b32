"""Names registered as people by the words around them, anywhere outside the headline: a role
noun before ("producer Ada Vale", "hosts Ada Vale and Tom Reed"), speech or an aside after ("Ada
Vale said", "Ada Vale, who"), or "according to"/"said" before."""

from __future__ import annotations

import re

from bot.extract.cues import hint, near, scan
from bot.extract.lexicon import PERSON_VERBS, ROLE_NOUN, ROLE_NOUNS
from bot.extract.names import FULL_NAME
from bot.extract.organisations import looks_like_company
from bot.extract.people import People
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_ROLE_WORD = lazy_pattern(
    rf"\b(?:{ROLE_NOUN}|(?P<plural>newcomers|actors|stars|hosts|guests))[ \u00a0]+"
)
"""A role noun before a name, or a plural one before a pair of names (searched in the sentence
in lower case)."""
_FULL_AT = lazy_pattern(rf"(?P<name>{FULL_NAME})(?:[ ]and[ ](?P<next>{FULL_NAME}))?")
_ROLE_AFTER = lazy_pattern(
    rf"[ ](?:chief|boss|head|founder|co-founder|president|{ROLE_NOUN})[ ][A-Z]"
)
"""A role noun and a name right after the second name: "and Harbour Light Pictures chief Ada
Vale" (the second name is the company the next person works for); "Tom Reed and Ada Vale star
as" is a pair, "star" its verb."""
_NAME_THEN = lazy_pattern(
    rf"(?P<name>{FULL_NAME})(?:,[ ](?:who|whose|speaking)\b|[ ]{PERSON_VERBS}\b|[’']s[ ]"
    r"(?:role|character|performance|casting|exit|departure))"
)
_NAME_AFTER = lazy_pattern(
    r"(?i:\baccording[ ]to|\b(?P<verb>said|added|continued|explained|wrote)|"
    r"\b(?:(?:report|edit)ing[ ]by|"
    rf"(?:hosted|photography|written[ ]up|translated(?:[ ]from(?:[ ]the)?[ ]\w+)?)[ ]by))[ ]"
    rf"(?P<name>{FULL_NAME})(?![ ](?:was|is|were|had)[ ])"
)
_OWNED = lazy_pattern(r"[’']s[ ]")
"""A possessive after a verb's name: "said Mira Holt's line" names what was said, whose line
it is (a part's, as often as a person's), not who said it."""
_ROLE_HINT = hint(*ROLE_NOUNS, "guest")
_CREDITED_COMPANY = lazy_pattern(r"[ ](?:Images|Books|Publishing|Publishers|Photos|Archive)$")
"""A credit's company ("Photography by Getty Images", "translated by Harbour Light Books"): no
person, though the company words of :func:`looks_like_company` miss it."""
_AFTER_HINT = hint(
    "according", "said", "added", "continued", "explained", "wrote", "reporting by", "editing by",
    "hosted by", "photography by", "written up by", "translated",
)  # fmt: skip
"""The cue words ``_NAME_AFTER`` needs (in lower case): a necessary condition of its match."""
_FULL_NAME_WORDS = 2
_NAME_REACH = 90
"""How far before the words that follow it a name can start (six capitalised words)."""
_THEN_HINT = hint(
    ", who", ", speaking", "’s ", "'s ", " said", " say", " tell", " told", " add", " explain",
    " jok", " admit", " wr", " continu", " recall", " insist", " laugh", " quip", " repl",
    " tweet", " post", " gush", " enthus", " mus", " reflect",
)  # fmt: skip
_PART_SLOT = lazy_pattern(  # a part's slot before a name: "plays X, who", "as fisherman X, who"
    r"\b(?:(?:play(?:s|ing)?|portray(?:s|ing)|voic(?:es|ing)|follows)(?:[ ][A-Z][\w’'-]*)?(?:[ ]"
    r"(?!opp)[a-z]+){0,2}|as(?:[ ](?!(?:the|an?|did|does|do|is|was|were|well|opp)\b)[a-z]+)?|"
    r"(?:role|part)[ ]of)[ ](?:(?:[A-Z][\w’'-]*[ ]){1,3}(?:and|&)[ ])?$"
)


def _role_named(chunk: str, role: re.Match[str]) -> tuple[str, ...]:
    """The names after the role noun ``role``: one, or two after a plural ("hosts Ada Vale and
    Tom Reed") unless the second is a company or opens another's role ("stars Tom Reed and
    Harbour Light Pictures chief Ada Vale")."""
    named = _FULL_AT.match(chunk, role.end())
    if named is None:
        return ()
    second = named["next"]
    if (
        second is None
        or role["plural"] is None
        or looks_like_company(second)
        or _ROLE_AFTER.match(chunk, named.end())
    ):
        return (named["name"],)
    return (named["name"], second)


def spot_people(doc: Doc, people: People) -> None:
    """Register names that stand in a person-only context anywhere outside the headline."""
    for view in doc.views:
        if len(view.starts) < _FULL_NAME_WORDS:
            continue  # no two capitalised words: no full name
        chunk, lower = view.chunk, view.lower
        if _THEN_HINT.search(lower):
            anchors = [m.start() for m in _THEN_HINT.finditer(lower)]
            for match in scan(_NAME_THEN, chunk, near(view.starts, anchors, _NAME_REACH)):
                weak = _PART_SLOT.search(chunk, 0, match.start()) is not None
                people.add(match["name"], by_role_noun=weak)
        if _ROLE_HINT.search(lower):
            for role in _ROLE_WORD.finditer(lower):
                for name in _role_named(chunk, role):
                    people.add(name, by_role_noun=True)
        if _AFTER_HINT.search(lower):
            for match in _NAME_AFTER.finditer(chunk):
                if match["verb"] and _OWNED.match(chunk, match.end()):
                    continue
                if not looks_like_company(match["name"]) and not _CREDITED_COMPANY.search(
                    match["name"]
                ):
                    people.add(match["name"])
