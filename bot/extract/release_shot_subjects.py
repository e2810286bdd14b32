"""Whose shoot a past "was shot" or "were filmed" tells, by the subject before the verb.

A profile or a round-up dates other things shot by the same people: "The music video was shot
between 3 and 9 February", "Her advert for the bank was filmed from 2 May", "Her last film,
Gullcroft, was shot in Sligo from 3 May" (invented examples). The span is that thing's shoot,
never the production's; the production's own ("It was shot from ...", "Most of the film was
shot between ...") is told by no such subject. Shared by the rules that read a shoot's days
after its verb (:mod:`.release_shot_froms`, :mod:`.release_day_spans`)."""

from __future__ import annotations

from bot.extract.apposed_works import apposed_works
from bot.extract.context import Context
from bot.lazy_patterns import lazy_pattern

_OTHER_THING = lazy_pattern(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[Tt]hat|[\w’'-]+[’']s)[ ]"
    r"(?:[\w’'-]+[ ]){0,3}?"
    r"(?:(?:music[ ])?video|advert|advertisement|commercial|campaign|promo|short(?:[ ]film)?|"
    r"single|sketch|trailer|teaser|documentary|photo[ ]?shoot)s?"
    r"(?:[ ](?:for|of)[ ][^,.;:!?]{1,40}?)?"
    r"[ ](?:was|were|had[ ]been|has[ ]been)[ ](?:(?:also|mostly|largely|all)[ ])?$"
)
"""A thing that is not the production as the subject right before the verb: "The music video
was", "Her advert for the bank was", "the teaser had been"."""


def others_shot(before: str, context: Context) -> bool:
    """The words ``before`` a past "shot" or "filmed" make it another thing's shoot: a video, an
    advert or a short as the subject, or a work set in apposition that is not ours."""
    if _OTHER_THING.search(before[-90:]) is not None:
        return True
    return any(not context.is_known(work) for work in apposed_works(before))
