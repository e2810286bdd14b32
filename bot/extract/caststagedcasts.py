"""A stage version's cast told in a relative clause on the play, for :mod:`bot.extract.castunheld`.

A screen work that began on stage is told with the play's own run and cast: "it began life as
Ada Vale's play Tin Rooms, which ran at the Lyric in 2021 with Tom Reed as Gus and Mira Holt as
Jo". The clause hangs on the play and says where it ran, so its "with A as P" names the stage
cast, never the screen work's. "The play ran at the Lyric; the series casts Tom Reed as Gus"
names ours, and so does "the series, which shoots in Leeds, with Tom Reed as Gus" (no stage
noun, no run at a venue). The actor may be named by surname alone. Invented examples.
"""

from __future__ import annotations

from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_STAGED = lazy_pattern(
    r"\b(?:play|stage[ ](?:version|show|production)|musical|staging|revival)\b[^.;:]{0,60}?,[ ]"
    r"(?:(?:which|that)[ ](?:first[ ])?(?:ran|played|opened|premiered|toured|transferred)"
    r"[ ](?:at|in|on|to)[ ][^.;:]{0,80}?[ ]with|(?:(?:which|that)[ ])?(?:was[ ])?(?:first[ ])?"
    r"(?:performed|staged|premiered|ran|opened)[ ](?:at|in|on)[ ][^.;:]{0,80}?,[ ](?:where|with))"
    r"[ ](?:[^.;:]{0,120}?)$"
)
"""The play, its run at a venue, then "with" or ", where" and the list up to the actor's name
("a stage play, first performed at the Lyric in 2019, where Jo was played by Mira Holt"; "her
play, Tin Rooms, was staged at the Lyric in 2021, with Holt as Jo")."""


_STAGE = (
    r"(?:[Mm]usical|[Ss]tage[ ](?:reading|version|show|production|adaptation|play)|[Pp]lay|"
    r"[Rr]evival|[Ss]taging)"
)
"""A staging of the story, not the screen work: "the musical", "the stage reading"."""
_STAGE_LED = lazy_pattern(
    rf"\b{_STAGE}[’']s[ ](?:[\w-]+[ ]){{0,2}}?cast,?[ ](?:in[ ]which|where|with|including)[ ]$"
    rf"|\b{_STAGE}\b[^.;:,]{{0,60}}?[ ](?:had|starred|featured)[ ]$"
    r"|\b[Ii]n[ ](?:its|the|their|a|that)[ ](?:(?:\d{4}|first|original|stage|London|touring)[ ])?"
    r"(?:run|staging|revival|tour)[ ]at[ ][^.;:]{0,60}?,[ ][^.;:,]{0,40}?[ ](?:was|were)[ ]"
    r"played[ ]by[ ]$"
)
"""A staging leading straight into its actor: "the musical's London cast, in which X plays P",
"the stage reading at the Lyric last year had X as P", "In its 2022 run at the Playhouse, P was
played by X" (a theatre's run, "at" a venue; not a broadcast run "on" a channel)."""


def staged_cast(fact: CastFact) -> bool:
    """Whether the casting is the stage version's, told in the clause on its run or led by the
    staging itself."""
    text = fact.evidence
    at = text.find(fact.actor)
    if at < 0:  # the actor by surname alone ("with Holt as Jo")
        at = text.find(f" {fact.actor.rsplit(' ', 1)[-1]} ") + 1
    if at > 0 and _STAGE_LED.search(text, max(0, at - 160), at) is not None:
        return True
    if not (" with " in text or ", where " in text):
        return False
    return at > 0 and _STAGED.search(text, max(0, at - 300), at) is not None
