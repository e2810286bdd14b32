"""A sentence that renews a show for a further season ("The Brine Road has been recommissioned
for a third series", "Channel 9's Tavy Reach has been renewed for season four"): the shoot or
date the next sentence gives without naming its work ("Filming will begin in May.") is that
season's, never the article's film. So is a season told by its show's pronoun ("Its second
season premieres on 10 April.") just after a sentence that glosses another show by its kind
(:mod:`.glossed_works`)."""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.glossed_works import its_glossed_work
from bot.extract.lexicon import ORDINAL_WORD
from bot.extract.release_cinema_openings import (
    DESCRIBED_WORK,
    described_after_another,
    opens_after_another,
)
from bot.extract.release_parts import other_season
from bot.extract.release_returning_runs import names_a_new_run, returns_for_a_season
from bot.lazy_patterns import lazy_pattern

_RENEWED = lazy_pattern(
    r"\b(?:has|have)[ ](?:now[ ]|officially[ ])?been[ ](?:renewed|recommissioned|commissioned|"
    r"picked[ ]up)[ ]for[ ]"
)

_NEW_SEASON = lazy_pattern(
    rf"[ “\"]*An?[ ](?:{ORDINAL_WORD}|new|further)[ ](?:series|season)[ ](?:has|have)[ ]"
    r"(?:now[ ]|already[ ]|also[ ]|officially[ ])?been[ ](?:commissioned|ordered|greenlit|"
    r"green-lit|confirmed)\b"
)
"""A season brought in as new by its article ("A second series has been commissioned"): not the
season the article is about, which it would call "the" series."""


def renews_a_season(chunk: str, context: Context) -> bool:
    """The sentence renews a show for a season that is not the article's own."""
    renewal = _RENEWED.search(chunk)
    if renewal is None:
        if _NEW_SEASON.match(chunk) is not None:
            return True  # "A second series has been commissioned, and ..."
        return returns_for_a_season(chunk, context)  # "X will return for a third series"
    return other_season(chunk[renewal.start() :], context)


CARRIES_ON = lazy_pattern(
    r"[ “\"]*(?:Filming|Shooting|Production|Cameras|It|Its|They|Their|That|This)\b"
    rf"|{DESCRIBED_WORK.pattern}"
)
"""A sentence that carries on from the one before without naming what it is about, or names it
by a description ("The Irish film")."""
_ASKED_OF_IT = lazy_pattern(
    r"[ “\"]*[A-Z][\w’'&-]*(?:[ ](?:[A-Z][\w’'&-]*|\d+)){0,2}[ ](?:has|have)[ ]"
    r"(?:not[ ](?:yet[ ])?(?:said|confirmed|announced|revealed|set)|"
    r"yet[ ]to[ ](?:say|confirm|announce|reveal|set))[ ]when[ ](?:it|they)[ ]"
)
"""A broadcaster's silence on when "it" comes ("Channel 4 has not said when it will air"): the
"it" is the work the sentence before told of."""


def carried_on(chunk: str) -> bool:
    """The sentence carries on from the one before (see :data:`CARRIES_ON`), or dates a further
    run named only as "the new run" ("Ada Vale is back, and the new run starts filming in May")."""
    return (
        CARRIES_ON.match(chunk) is not None
        or _ASKED_OF_IT.match(chunk) is not None
        or names_a_new_run(chunk)
    )


def after_another(previous: str, chunk: str, context: Context) -> bool:
    """The sentence before renews another show, or glosses a work that is not ours right before
    this sentence's season of "its" (that work's season, not our film's), or names another work
    and not ours right before "It opened in cinemas on ..." or "The Irish film, released in ..."."""
    return (
        renews_a_season(previous, context)
        or its_glossed_work(previous, chunk, context)
        or opens_after_another(previous, chunk, context)
        or described_after_another(previous, chunk, context)
    )
