"""Parts an actor does not hold in the article's work now, for :mod:`bot.extract`:

* a stage run: "Ada Vale has just finished a run as Medea at the Corn Exchange" is a theatre's
  part, never the screen work's (dropped), and so is a play's cast told with its run
  (:mod:`.caststagedcasts`);
* a plan given up: "Originally, Tom Reyes was to play Mick; he left the production in May" is a
  part its actor once had and lost (former).

Invented examples; cheap substring tests come before any pattern is built.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.castnowplayed import HAD_TO_LEAVE
from bot.extract.caststagedcasts import staged_cast
from bot.extract.cues import occurrences, word_led
from bot.extract.lexicon import LEFT_VERBS
from bot.facts import CastFact, CastStatus
from bot.lazy_patterns import lazy_pattern

_RUN_WORDS = ("run as ", "stint as ", "residency as ")
_VENUE = lazy_pattern(
    r"[ ](?:at|on[ ]Broadway|in[ ]the[ ]West[ ]End|on[ ]the[ ](?:[\w’'-]+[ ]){0,2}?stage\b"
    r"|in[ ](?:an?|the)[ ](?:[\w’'-]+[ ]){0,3}?(?:West[ ]End|(?:off-)?Broadway|stage|touring|"
    r"[Ff]ringe|[Tt]heat(?:re|er))(?![\w-]))\b"
)
"""Where a run as the part was played, right after the part: "a run as Medea at the Corn
Exchange", "a stint as X on Broadway", or the staging named, perhaps after its year or place ("a
run as X in a West End Hamlet", "in the touring production", "in a 2019 off-Broadway revival",
"in an Edinburgh Fringe show", "in the Royal Court Theatre production", "on the London stage";
not "the stage-to-screen film")."""

_PLAY_WORDS = ("play ", "plays ", "playing ", "played ", "as ")
_NAMED_VENUE = lazy_pattern(
    r"[ ]in[ ][“\"‘']?(?:The[ ])?[A-Z][\w’'-]*(?:[ ](?:of[ ]|the[ ])?[A-Z][\w’'-]*){0,4}[”\"’']?"
    r"[ ](?:at[ ]the[ ][A-Z]|(?:on|off-)[ ]?Broadway\b|in[ ]the[ ]West[ ]End\b)"
)
"""A played part told in a named work, then a named venue or theatre district: "to play Medea
in The Corn Queen at the Lyric Hammersmith", "as Medea in The Corn Queen on Broadway" (or "in
the West End") is a stage run (not "plays Ada in Tin Lane at the start of the year")."""
_WORD_EDGE = lazy_pattern(r"\b")
_PLAN_WORDS = (
    "was to play",
    "was originally to play",
    "was due to play",
    "was set to play",
    "was going to play",
)
_PLAN_LEFT = lazy_pattern(
    r"[ ]was[ ](?:originally[ ]|initially[ ])?(?:to|due[ ]to|set[ ]to|going[ ]to)[ ]play[ ]"
    r"[^.;]*?[;,][ ](?:but[ ])?(?:he|she|they)[ ](?:later[ ]|then[ ])?"
    rf"(?:{LEFT_VERBS}|{HAD_TO_LEAVE})\b(?![ ](?!(?:the|this|his|her|their)[ ](?:production|"
    r"project|role|part|film|series|show|drama|cast)\b|for[ ](?:[a-z]+[ ]){0,2}reasons\b|over|"
    r"after|before|because|due|when|in|last|early|later)[a-z])"
)
"""After the actor's name, a planned part, then the actor's leaving in the same sentence: "X was
to play Y; he left", "he quit the production" or "he had to step back for family reasons", never
a leaving of something else ("he quit smoking for the part", "he left the audition elated")."""


def _stage_run(fact: CastFact) -> bool:
    text, part = fact.evidence, fact.character
    return any(
        _WORD_EDGE.match(text, at) and venue.match(text, at + len(told))
        for words, venue in ((_RUN_WORDS, _VENUE), (_PLAY_WORDS, _NAMED_VENUE))
        for told in (word + part for word in words)
        for at in occurrences(told, text)
    )


def _plan_left(fact: CastFact) -> bool:
    if fact.status is not CastStatus.CURRENT or not any(w in fact.evidence for w in _PLAN_WORDS):
        return False
    return any(
        next(word_led(name, fact.evidence, _PLAN_LEFT, _WORD_EDGE), None) is not None
        for name in (fact.actor, fact.actor.rsplit(" ", 1)[-1])
    )


def unheld_parts(cast: list[CastFact]) -> list[CastFact]:
    """``cast`` without stage runs, and with a part given up before filming as former."""
    return [
        replace(fact, status=CastStatus.FORMER) if _plan_left(fact) else fact
        for fact in cast
        if not (_stage_run(fact) or staged_cast(fact))
    ]
