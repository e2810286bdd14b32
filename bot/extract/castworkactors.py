"""A work taken for an actor, for :mod:`bot.extract`: "X will lead Low Moor, a thriller for ITV,
as DS Y" (the work is what X leads; the part is X's, given to X where X, named in full, opens the
sentence) and "Low Moor played as the closing film of the Tern Festival" (a screening's slot, no
part): the title before "as" is no actor (invented examples).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.extract.cues import occurrences
from bot.extract.lexicon import BROADCASTER
from bot.extract.names import NAME
from bot.extract.people import is_full
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_KIND_WORDS = (
    r"(?:(?:the|an?)[ ](?:(?!(?:cast|ensemble|line-?up|company|film|series|show|is|are|was|were|"
    r"that|which|who|includes|including)[ ])[\w’'+-]+[ ]){0,3}?)"
)
"""The work's kind between the verb and its title ("the ITV drama "); never a cast ("leads a
cast that includes "), nor the article's own work ("to lead the film are ")."""
_OWNER = r"(?:[A-Z][\w’'-]*[’']s[ ](?:[a-z][\w-]*[ ]){0,2}?)"
"""A studio's or maker's possessive before the title a person joined: "joined Vantor's ",
"joined Vantor's horror series " (invented)."""
_LED_WORK = lazy_pattern(
    rf"\b(?:(?:will|to|would|shall|can)[ ](?:lead|front|headline|topline)[ ]{_KIND_WORDS}?"
    rf"|(?:leads|led|fronts|fronted|headlines|headlined|toplines|toplined)[ ]{_KIND_WORDS}"
    rf"|(?:star|stars|starred|starring|seen|appeared|appearing|appears)[ ]in[ ]{_KIND_WORDS}?"
    rf"|(?:joined|joins|joining)[ ](?:{_OWNER}|{_KIND_WORDS})"
    rf"|\bthe[ ]set[ ]of[ ](?:{_OWNER}|{_KIND_WORDS})?)$"
)
"""A verb whose object is a work, right before the "actor" or its kind: "will lead ", "stars in
", "leads the ITV drama ", "will topline ", "last seen in the ITV drama ", "joined Vantor's ",
"on the set of " (however long the work's gloss before "playing"); never "series leads ": a noun
there, the actors follow; nor a bare "joined ": "joined Ada Penn as" may well name a person."""
_SCREENING_SLOT = lazy_pattern(
    r"[ ]as[ ](?:the|an?|its)[ ](?:[a-z-]+[ ]){0,2}?(?:film|feature|gala|title|selection|"
    r"screening|premiere|opener|closer)[ ](?:of|at|for)[ ]"
)
"""A screening's slot after "as": "played as the closing film of "."""
_CASTING_WORD = lazy_pattern(
    r"\b(?:as|plays?|played|playing|stars?|starring|voices?|voiced|portrays?)\b"
)
"""A casting told between the slot and the part: "X, whose film screened as the opening film of
the festival, plays Y" is X's part, the slot an aside."""


_LEADER = lazy_pattern(
    rf"(?!{BROADCASTER})(?P<person>{NAME})[ ]"
    r"(?:(?:is|has[ ]been)[ ](?:set|tapped|cast|signed|chosen|lined[ ]up|due)[ ])?"
)
"""The sentence's subject before the lead verb: "Nora Quill is set " (to lead ...); never "was
set" (plans since changed)."""
_LEADS_NOW = lazy_pattern(r"(?:will|to|leads|fronts|headlines|toplines|stars)[ ]")
"""A lead told as news, now or to come (not "would lead", nor a past credit "starred in")."""


def works_as_actors_dropped(
    cast: list[CastFact], is_known: Callable[[str], bool]
) -> list[CastFact]:
    """``cast`` without the castings whose "actor" is a work a person leads or a work screened
    in an event's slot; a led work's part goes to the one who leads it, where the sentence
    opens on their full name, the lead is news and the work is the article's own (``is_known``:
    its title or headline names it)."""
    held = {(fact.actor, fact.character) for fact in cast}
    kept: list[CastFact] = []
    for fact in cast:
        leader = _work_as_actor(fact, is_known)
        if leader is None:
            kept.append(fact)
        elif leader and (leader, fact.character) not in held:
            kept.append(replace(fact, actor=leader))
    return kept


def _work_as_actor(fact: CastFact, is_known: Callable[[str], bool]) -> str | None:
    """``None`` for a true casting; else who leads the work taken for the actor ("" if no one
    the sentence names in full)."""
    evidence = fact.evidence
    for at in occurrences(fact.actor, evidence):
        end = at + len(fact.actor)
        led = _LED_WORK.search(evidence, max(at - 60, 0), at)
        if led is not None:
            leader = _LEADER.fullmatch(evidence, 0, led.start())
            if leader is None or not is_full(leader["person"]) or not is_known(fact.actor):
                return ""
            return leader["person"] if _LEADS_NOW.match(evidence, led.start()) else ""
        slot = _SCREENING_SLOT.search(evidence, end)
        part = evidence.find(fact.character, slot.end()) if slot is not None else -1
        if (
            slot is not None
            and part >= 0
            and " as " not in evidence[end : slot.start()]
            and _CASTING_WORD.search(evidence, slot.end(), part) is None
        ):
            return ""
    return None
