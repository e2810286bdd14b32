"""A season that is the story's time, told in a synopsis or review: "the sequel, out today,
picks up the summer after the first series", "is set in the spring after their exams", "unfolds
over the winter after the wedding". The verb places the plot, not the film's run, so the time is
no window of the release (the "out today" beside it keeps its reading). So is a season a clause
of the plot defines ("returns home the summer her mother falls ill", "the winter they meet"): a
release's season is "this" or "next" one, never one a character's deed names.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_STORY_VERB = lazy_pattern(
    r"\b(?:picks?[ ]up|picking[ ]up|(?:is|are|was|were)[ ]set|unfolds?|unfolding)"
    r"(?:[ ](?:in|during|over|across|through|at|around))?"
    r"(?:[ ](?:the|that|a|one|an|early|late|mid|long))*[ ]?$"
)
"""A plot verb ("picks up", "is set", "unfolds"), perhaps a preposition and a determiner, and
the time right after it."""
_PICKS_UP_WHOM = lazy_pattern(
    r"\b(?:picks?|picking)[ ]up[ ](?:[^;.!?]{1,120}?[ ])?(?:in|during|over|across|around)"
    r"(?:[ ](?:the|that|a|one|an|early|late|mid|long))*[ ]?$"
)
"""The plot verb with the characters it picks up before the time: "picks up Ada Reyes (Nell
Orr) and her brother in the summer before college"."""
_STAYS_FOR = lazy_pattern(
    r"\b(?:arrives?|arrived|arriving|stays?|stayed|staying|visits?|visited|visiting|"
    r"moves?[ ]in|moved[ ]in|(?:comes?|came|goes|went|heads?|headed|returns?|returned)[ ]home)"
    r"[ ]for$"
)
"""A person's stay in the plot: "his niece Tamsin (Ada Voss) arrives for the summer", "comes home
for Christmas". A film comes out in a season, not for one."""


def story_time(before: str) -> bool:
    """The words ``before`` a time place the story in it, not the release."""
    before = before.rstrip()
    return (
        _STORY_VERB.search(before) is not None
        or (" up " in before and _PICKS_UP_WHOM.search(before) is not None)
        or (" for" in before and _STAYS_FOR.search(before) is not None)
    )


_DEFINED_SEASON = lazy_pattern(r"\b[Tt]he[ ](?:summer|winter|spring|autumn|fall|year)$")
_NOT_PLOT_VERB = (
    r"(?:said|says|told|tells|added|adds|confirmed|confirms|insisted|insists|revealed|reveals|"
    r"explained|explains|admitted|admits|hinted|hints|announced|announces|hopes|hoped|expects|"
    r"expected|predicts|predicted|promises|promised|claims|claimed|reckons|reckoned|believes|"
    r"believed|thinks|thought|suggests|suggested|plans|planned|wants|wanted)\b"
)
"""Words of telling or expecting: "in the summer he said", "in the autumn she hopes" date the
words or the wish about the release, not the plot."""
_DEFINING_CLAUSE = lazy_pattern(
    r"[ ](?:(?:his|her|their|my|our|your|the)[ ][a-z]+|he|she|they|we|you|I|"
    r"[A-ZÀ-ÖØ-Þ][^\W\d_]+)[ ]"
    rf"(?!{_NOT_PLOT_VERB})(?:[a-z]+(?:s|ed)|went|left|met|fell|came|died|lost|won|broke|took|"
    r"became|began|ran|found|got|gave|sold|split|quit|drowned)\b"
)
"""A subject (a pronoun, a possessed noun, "the" and a noun, a first name) and a verb in -s or
-ed or a common irregular past, no word of telling: "her mother falls ill", "they met", "the mill
closes", "Ivo turns 18" (not "he said", which dates the words)."""


def defined_by_plot(chunk: str, end: int) -> bool:
    """The time ending at ``end`` is "the <season>" a clause of the plot then defines ("the
    summer his sister leaves"): the story's time, not the release's."""
    return (
        _DEFINED_SEASON.search(chunk, max(0, end - 12), end) is not None
        and _DEFINING_CLAUSE.match(chunk, end) is not None
    )
