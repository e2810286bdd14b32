"""A credit hung on a bare title that stands where only a work can stand, for
:mod:`bot.extract.crewotherworks`.

Reviews, chart reports and awards pieces set another film beside the article's own and give its
maker in an aside straight after the title: "the Leeds-set Brass Boys, directed by Ewan Brisk,
closes the festival", "Tin Hollow 2, the folk-horror sequel directed by Ines Vorlak", "credits
include Lantern, Dry Wells, directed by Tom Reyes" (invented examples). The bare title is read
as a work only where a name or a place could not stand: after "the" and a hyphened modifier,
before a gloss of its kind, or in a list of credits; the caller drops the credit when the title
is not the article's own (known by its titles or its headline).
A title opening a sentence is left alone: a profile's "Our Title, written by X" may open one
under a headline that never names it.
"""

from __future__ import annotations

from bot.extract.castelsewhere import ours
from bot.extract.context import Context
from bot.extract.cues import occurrences
from bot.extract.genre_apposed_works import names_setting
from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.names import WORK_TITLE
from bot.facts import CrewFact
from bot.lazy_patterns import lazy_pattern

_TITLE_THEN_CREDIT = lazy_pattern(
    r"(?:\b[Tt]he[ ](?:[a-z]+-[a-z-]+[ ]|(?=[A-Z][\w’'-]*-[a-z]))"
    r"(?!(?:In|On|At|For|With|By|From|And|But|So|Then|Also)[ ])"
    rf"(?P<work>{WORK_TITLE}(?:[ ]\d{{1,2}})?),[ ]"
    r"|\b(?:credits|films|titles)[ ](?:include|including)[ ][^.;:]{0,120}?,[ ]"
    r"(?P<listed>[A-Z][^,.;:]{0,60}),[ ]"
    rf"|(?P<glossed>{WORK_TITLE}(?:[ ]\d{{1,2}})?),[ ]the[ ](?:[A-Za-z][\w-]*[ ]){{0,3}}?"
    rf"(?:{GENRE_NOUNS}|sequel|feature)[ ](?:starring[ ][^.;:,()]{{1,80}}?[ ]and[ ])?"
    rf"|\b(?:an?|the)[ ](?:[a-z-]+[ ]){{0,2}}(?:production|staging|revival)[ ]of[ ]"
    rf"(?P<staged>{WORK_TITLE}),?[ ])"
    r"(?:directed|written|created|produced|shot)[ ]by[ ]"
    r"(?:(?:[A-Z][\w’'-]*[ ]){1,3}?(?:and|&)[ ]|(?:[A-Z][\w’'-]*[ ]?){1,3}?,[ ])*$"
)
"""A title where only a work stands, then its credit participle right before the name: "the
Leeds-set Brass Boys, directed by " (a
hyphened modifier read into the title and left to :func:`ours`; "the pier at Rye, shot by"
is a place), a company's "credits include Lantern, Dry Wells, directed by ", or a title a gloss
of its kind follows: "Tin Hollow 2, the seaside sequel directed by " (its cast may come between:
"the seaside series starring X as Y and directed by "; a second name after the first's "and"),
or a staging of a named play: "a touring
production of The Gull directed by "."""


def titled_aside(fact: CrewFact, context: Context) -> bool:
    """Whether the credit's participle hangs on a title, set where only a work stands, that is
    not the article's own: "the Leeds-set Brass Boys, directed by X, closes the festival"."""
    if not (context.ours or context.headline) or " by " not in fact.evidence:
        return False
    shown = fact.name if fact.name in fact.evidence else fact.name.rsplit(" ", 1)[-1]
    for at in occurrences(shown, fact.evidence):
        match = _TITLE_THEN_CREDIT.search(fact.evidence, max(at - 240, 0), at)
        if (
            match is not None
            and match["glossed"]
            and names_setting(fact.evidence, match.end("glossed"))
        ):
            continue  # "Set in Brindlecote, the coastal drama directed by": a place
        if match is not None and not ours(
            match["work"] or match["listed"] or match["glossed"] or match["staged"], context
        ):
            return True
    return False
