"""Castings a guide's pick or a review's comparison gives another named work, for
:mod:`bot.extract.castelsewhere`.

"If you liked this, try: Tin Lane (Netflix), in which X plays Y; or Reed Hall (BBC), with Z as
W", "Nim Quillon's Gorse Reach, with X as Y, was shot here", "comparisons with Reed Hall, Nim
Quillon's 2019 film with X as Y" (its year may come in brackets after the title: "Reed Hall
(2019), Nim Quillon's film with X as Y"), "think of Reed Hall, Nim Quillon's bleak 2019 series
with X as Y" (invented): the title is told as a work by its channel in brackets, its maker's
possessive or a gloss naming its maker and kind (adjectives may come before the kind), and the
casting hangs on it with "with", "in which", "where", "which stars" or a gloss of its kind ("Tin
Lane (Netflix), the Swedish drama starring X as Y", after a comma or a dash), and so do the
castings joined to it in the same clause ("... as Y and Z as W"). When that title is not the
article's own, the part is that work's. So is a work its maker "made" or "shot", then "with" its
cast ("Kai Reed made Lumen, with X as Y").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extract.lexicon import BROADCASTER, GENRE_NOUNS
from bot.extract.names import NAME, WORK_TITLE
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_OUTLET = rf"\((?:{BROADCASTER}[^()]{{0,30}}|\d{{4}})\)"
"""A work's channel or year in brackets: "(Netflix)", "(BBC Two)", "(2019)" ("Ada Vale (Mira)"
in a cast list is a part)."""
_MAKER = r"[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3}[’']s[ ]"
"""A maker's possessive: "Nim Quillon's "."""
_GLOSS = rf"(?:the|an?)[ ](?:[\w’'-]+[ ]){{0,3}}?(?:{GENRE_NOUNS}|film|movie|series|show)[ ]"
"""A gloss naming the work's kind: "the Swedish drama "."""
_PLAYS = r"[ ](?:as|plays|played|voices|voiced|stars[ ]as|starred[ ]as)[ ]"
_WORK_WITH = lazy_pattern(
    rf"(?:(?P<work>{WORK_TITLE})[”\"’]?[ ]{_OUTLET}|{_MAKER}(?P<owned>{WORK_TITLE}))"
    r"(?:,|[ ][–—])[ ]"
    r"(?:with|in[ ]which|where|which[ ](?:stars|starred|features|featured)|"
    rf"{_GLOSS}(?:starring|with))"
    rf"[ ](?P<actor>{NAME}){_PLAYS}"
    rf"|(?P<before>{WORK_TITLE})(?:[ ]\(\d{{4}}\))?,[ ]{_MAKER}"
    r"(?:[a-z][\w-]*,?[ ]){0,3}?(?:\d{4}[ ])?"
    rf"(?:{GENRE_NOUNS}|film|movie|series|show)[ ]"
    rf"with[ ](?P<glossed>{NAME}){_PLAYS}"
)
_MADE_WITH = lazy_pattern(
    rf"\b(?:made|shot|directed|filmed|wrote)[ ](?P<work>{WORK_TITLE})(?:[ ][^,;:.()“”\"]{{1,60}})?"
    rf",[ ]with[ ](?P<actor>{NAME})(?:{_PLAYS}|[ ]playing[ ])"
)
"""A work its maker made, then its cast: "Kai Reed made Lumen, with X as Y", "Reed shot Lumen in
Leeds in 2019, with X playing Y"."""
_GLOSSED_WITH = lazy_pattern(
    rf"\b(?:[Tt]he|[Aa]n?)[ ](?:[\w’'-]+[ ]){{0,3}}?(?:{GENRE_NOUNS}|film|movie|series|show),[ ]"
    rf"(?P<work>{WORK_TITLE}),[ ]with[ ](?P<actor>{NAME}){_PLAYS}"
)
"""A work its gloss names first, then its cast: "The closing-night film, Tin Lane, with X as Y"
(a festival's other film, when the title is not the article's)."""
_JOINED = lazy_pattern(rf"(?:,[ ]|,?[ ]and[ ])(?P<actor>{NAME}){_PLAYS}")
"""A casting joined to the one the work hangs on ("starring X as Y and Z as W"): Z's part is
the same work's."""
_CLAUSE_END = lazy_pattern(r"[;.!?]|,[ ](?:which|who|while|but)\b|[ ][–—][ ]")
_CUES = ("(", "’s ", "'s ")
"""One of these is in every sentence the pattern can match (tested first)."""


def with_other_work(fact: CastFact, is_ours: Callable[[str], bool]) -> bool:
    """Whether the casting hangs on a work told by its channel, maker or gloss that is not the
    article's own (``is_ours`` says which titles are)."""
    text = fact.evidence
    surname = fact.actor.rsplit(" ", 1)[-1]
    made = _MADE_WITH.finditer(text) if ", with " in text else ()
    for match in made:
        if not is_ours(match["work"]) and match["actor"] in {fact.actor, surname}:
            return True
    glossed = _GLOSSED_WITH.finditer(text) if ", with " in text else ()
    for match in glossed:
        if not is_ours(match["work"]) and {fact.actor, surname} & joined_actors(
            text, match, match["actor"]
        ):
            return True
    if not any(cue in text for cue in _CUES):
        return False
    for match in _WORK_WITH.finditer(text):
        actor = match["actor"] or match["glossed"]
        work = match["work"] or match["owned"] or match["before"]
        if not is_ours(work) and {fact.actor, surname} & joined_actors(text, match, actor):
            return True
    return False


def joined_actors(text: str, match: re.Match[str], first: str) -> set[str]:
    """The actor the work hangs on and those joined to it in the same clause, one casting after
    another ("starring X as Y and Z as W", a new clause ends the run)."""
    actors = {first}
    end = _CLAUSE_END.search(text, match.end())
    stop = end.start() if end else len(text)
    for joined in _JOINED.finditer(text, match.end(), stop):
        actors.add(joined["actor"])
    return actors
