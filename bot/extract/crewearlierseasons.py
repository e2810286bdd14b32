"""A crew post of the earlier instalments, for :mod:`bot.extract.crewqualified`.

A film or a new season made from a series names whoever held the post before it: "the earlier
seasons' director X", "the first series' writer Y", "the show's previous directors A and B", or
the one the new holder took over from, with the occasion between ("who took over for the final
film from series directors A and B"). The role noun belongs to the earlier seasons (another
work), so it credits nobody on the article's production; a plain "series director X" with no
time before it or no hand-over ("series director X returns") is still ours.
"""

from __future__ import annotations

from bot.extract.crewmodifiers import STAYED_ON
from bot.extract.lexicon import COUNT_WORD, ORDINAL_WORD
from bot.lazy_patterns import lazy_pattern

_EARLIER = r"(?:earlier|previous|past|prior|first|original|older|last)"
"""A time before the article's production, as a possessive instalment is told."""
_INSTALMENT = r"(?:seasons?|series|films?|instalments?|installments?|episodes?|books?|shows?)"
_EARLIER_INSTALMENTS = lazy_pattern(
    rf"(?i:(?<![\w-]){_EARLIER}[ ](?:(?:two|three|four|five|few)[ ])?{_INSTALMENT}[’']s?[ ]$"
    rf"|(?<![\w-])(?:series|show|franchise)[’']s?[ ]{_EARLIER}[ ]$)"
)
"""The earlier instalments' post: "the earlier seasons' " or "the first two series' " (before
"director X"), "the show's previous " (before "directors A and B")."""
_HANDED_OVER = lazy_pattern(
    r"\b(?:took|takes|taken|taking)[ ]over[ ](?:[^,.;:“”\"]{1,30}?[ ])?(?:for|on|with)[ ]"
    r"[^,.;:“”\"]{1,50}?[ ](?:from|after)[ ]"
    r"(?:the[ ])?(?:series[ ]|show[’']s[ ]|former[ ]|previous[ ]|original[ ])?$"
)
"""A hand-over with its occasion between: "who took over for the final chapter from series "
(before "directors A and B"), "who took over the franchise for the film after series ": A and B
held the post before."""
_EARLIER_CLAUSE = lazy_pattern(
    rf"(?<![\w-])(?i:{_EARLIER})[ ](?:(?:two|three|four|five|few)[ ])?(?:seasons|series|films),?[ ]"
    r"(?:which|that)[ ](?:were|was)[ ][^,.;:“”\"]{1,50}?[ ]under[ ](?:the[ ])?(?:series[ ])?$"
)
"""The earlier instalments' clause ending on the post: "the earlier seasons, which were shot by
others under series " (before "directors A and B"): A and B led those seasons."""
_REACH = 90
"""Enough characters back for the hand-over's occasion and the post's owner."""
_FIRST_RUN_NUMBERED = lazy_pattern(r"(?<![\w-])(?<!from[ ])(?:[Ss]eason|[Ss]eries)[ ](?:one|1)[ ]$")
"""The first run by its number, as "the first season's " is by its rank: "season one " (before
"director X"); not after "from", a hand-over with no occasion told ("taking over from season one
director X": a post the page still counts)."""
_STAY_REACH = 60
"""Enough characters after the role noun for the name and "is back"."""


def earlier_instalments(chunk: str, start: int) -> bool:
    """Whether the role noun at ``start`` is the earlier instalments' post, not ours: a first
    run's post by its number counts unless its holder is told back ("season one director X is
    back for the first block")."""
    window = max(0, start - _REACH)
    return (
        _EARLIER_INSTALMENTS.search(chunk, window, start) is not None
        or _HANDED_OVER.search(chunk, window, start) is not None
        or _EARLIER_CLAUSE.search(chunk, window, start) is not None
        or (
            _FIRST_RUN_NUMBERED.search(chunk, max(0, start - 20), start) is not None
            and not _told_back(chunk, start)
        )
    )


_NEGATED = lazy_pattern(r"\b(?:not|never|n[’']t)[ ]$")


def _told_back(chunk: str, start: int) -> bool:
    """Whether the holder of the post at ``start`` is told back ("is back", "returns"), not
    told away ("does not return")."""
    stayed = STAYED_ON.search(chunk, start, start + _STAY_REACH)
    return stayed is not None and not _NEGATED.search(chunk, start, stayed.start())


_COUNT = r"(?:two|three|four|five|six|seven)"
_COUNTED_RUN = rf"{_COUNT}[ ](?:seasons|series|films)"
_RUN_OWNER = r"(?:[Tt]he[ ](?:series|show)[’']s?[ ]|[Tt]he[ ]|[Ii]ts[ ])"
"""Whose counted runs they are: "the three seasons", "its three seasons", "the series' three
seasons" (the show's own, told with its possessive)."""
_EARLIER_PARTICIPLE = lazy_pattern(
    r"(?<![\w-])(?:[Ee]arlier|[Pp]revious|[Pp]rior|[Pp]ast)[ ](?:(?:two|three|four|five|few)[ ])?"
    r"(?:seasons|series|films|instalments|installments|episodes)"
    r"(?:[ ]of[ ](?:the[ ])?[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3})?,[ ]$"
    rf"|(?<![\w-])(?:(?:[Aa]fter|[Ss]ince|[Ff]ollowing|than|like)[ ]{_RUN_OWNER}?{_COUNTED_RUN},?"
    rf"|{_RUN_OWNER}{_COUNTED_RUN},?[ ](?:which|that)[ ]were)[ ]$"
)
"""The earlier instalments with a participle after them: "the look of the earlier seasons, "
(before "directed by A and B"), "the three earlier seasons of Dune Road, " (the show
named): their makers, not the article's production's. Only a time
that is past for certain: "the first series, directed by X" may be the article's own run, and
"the original film" may be ours told by its channel's label. A run dated by its year before
its ordinal is out already (below). A
counted run of instalments is a past run when told as one: "after the three seasons directed
by A and B" (or "after three seasons ..."), "the four series, which were directed by A",
"than the show's three seasons, which were directed by A" (a
film or a new season names the run it follows); a bare "the two seasons, directed by A, shoot
next spring" may be ours."""


RUNS_MADE = (
    rf"[ ](?:built|scored|shot|directed|wrote|edited|produced|made|led|cut|helmed)[ ]"
    rf"(?:all[ ]|the[ ]|its[ ])?{_COUNTED_RUN}\b"
    r"(?![^.;]*\b(?:return|returns|returning|back|again|stays|also|too)\b)"
)
"""A post's holder told as the maker of a counted run, just after the apposed name: "The show's
composer, X, scored three seasons around ..." (invented): the post of those runs, set beside the
film or the new run made from them; not where the holder is told back ("... and returns")."""


_ORDINAL_RUN = (
    r"(?:first|second|third|fourth|opening|debut)[ ](?:season|series)"
    r"(?:[ ]of[ ](?:the[ ])?[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3})?"
)
_DATED_RUN = lazy_pattern(
    rf"(?<![\w-])(?:[Tt]he|[Ii]ts|[A-Z][\w’'-]*[’']s?)[ ](?:19|20)\d\d[ ]{_ORDINAL_RUN},[ ]$"
    rf"|(?<![\w-])(?:[Tt]he|[Ii]ts)[ ]{_ORDINAL_RUN}[ ]in[ ](?:19|20)\d\d,[ ]$"
)
"""A run dated by its year with its ordinal: "the 2021 first season of Dune Road, ", "Dune
Road's 2021 first season, ", "the first season in 2021, " (before "directed by X")."""
_TOLD_AHEAD = lazy_pattern(
    r"[^.;!?]{0,30}?\b(?:will|is[ ](?:due|set|slated|expected)|arrives|lands|premieres|streams)\b"
)
"""The dated run told as still to come after the names: "the 2027 first season, directed by X,
is due next spring" (the year alone says no more than when it runs)."""


def earlier_participle(chunk: str, verbs_at: int, names_end: int) -> bool:
    """Whether the passive credit at ``verbs_at`` describes the earlier instalments: "the
    warmer palette replaced that of the previous two series, directed by Sela Marrick"
    (invented); or a run dated by its year, not told as still to come after the names."""
    window = max(0, verbs_at - 70)
    return _EARLIER_PARTICIPLE.search(chunk, window, verbs_at) is not None or (
        _DATED_RUN.search(chunk, window, verbs_at) is not None
        and _TOLD_AHEAD.match(chunk, names_end) is None
    )


_EARLIER_AFTER = lazy_pattern(
    r"(?:(?![ ](?:who|whose|which|that|while|but|after|before|since|when|where|as)\b)"
    r"[^,.;:!?“”\"]){0,40}?[ ](?:in|for|across|over|through)[ ](?:its|the|their|all[ ]of[ ]its)[ ]"
    r"(?:(?:first|opening)[ ](?:two|three|four|five|six)|(?:earlier|previous|prior|past)"
    r"(?:[ ](?:two|three|four|five|six))?)[ ](?:seasons|series|films|instalments)\b"
)
"""A past run told after the credited name: "whose episodes were directed by Sela Marrick in its
first two seasons" (invented). A first run counted in the plural is over before the article's
instalment; "directed by X in its first season" may be the article's own, so it stays, and so
does a past run told in a clause of its own after the names ("directed by X, who has been on the
show for the past two seasons", invented): X made those runs too, and this one."""


_NUMBERED_RUN = lazy_pattern(
    r"(?<![\w-])(?:[Ss]eason|[Ss]eries)[ ](?:one|two|three|four|five|six|\d)[ ]of[ ]the[ ]"
    r"(?:series|show),[ ]$"
    rf"|(?<![\w-])(?:[Tt]he|[Ii]ts)[ ](?:first|opening)[ ]{_COUNT}"
    r"(?:[ ](?:seasons|series)|(?P<bare>)),[ ]$"
)
_ALREADY_OUT = lazy_pattern(
    r",[ ](?:arrived|aired|premiered|landed|debuted|dropped|launched|streamed|was[ ]released|"
    r"came[ ]out)\b"
)
"""A numbered run of the show, its credit, then its release told in the past: "Season three of
the series, directed by Sela Marrick, arrived on Vela in 2024", "the first two, directed by X,
landed in 2022 and 2023" (invented): that run's maker, where
a film or a new run is the article's work ("Season four of the series, directed by X, arrives
next year" may be ours). A bare "the first two" counts runs only after the sentence has
spoken of one ("The third season landed in 2024; the first two, ..."): "Episodes drop weekly.
The first two, directed by X, arrived on Sunday" are the article's own episodes."""
_RUN_WORD = lazy_pattern(r"\b(?:[Ss]easons?|[Ss]eries)\b")

_RELEASED_RUN = lazy_pattern(
    r"(?:(?<![\w-])(?:[Tt]he|[Ii]ts)[ ](?:first|second|third|opening)[ ](?:season|series)"
    r"|(?<![\w-])(?:[Ss]eason|[Ss]eries)[ ](?:one|two|three|four|five|six|\d))[ ]"
    r"(?:arrived|aired|premiered|landed|debuted|dropped|launched)[ ][^,.;:]{0,50}?[12]\d{3},[ ]$"
    r"|(?<![\w-])(?:[Tt]he|[Ii]ts|(?:[Tt]he[ ])?(?:show|series|[A-Z][\w'-]*)[’']s?)[ ]"
    r"(?:first|second|third|opening|debut)[ ](?:season|series),[ ](?:first[ ])?"
    r"(?:released|aired|broadcast|premiered|shown|streamed)[ ]"
    r"(?:(?!\b(?:will|due|next)\b)[^,.;:]){0,50}?\b(?:19|20)\d\d(?:,[ ]|[ ]and[ ])$"
)
"""An ordinal run as the subject of a dated past release, its credit after: "the first season
landed on Vela on 2 May 2022, directed by Sela Marrick", "Season two arrived in 2024, directed by
X" (invented): that run's maker. So is an ordinal run whose dated past release is set off
before its credit: "the show's opening series, first aired in March 2021 and written by X"
(invented)."""


_AWARDED_RUN = lazy_pattern(
    r"\b(?:won|earned|picked[ ]up|collected|scooped|took[ ]home|was[ ]honoured|were[ ]honoured)"
    r"[ ][^.;:!?“”\"]{0,100}?[ ]for[ ](?:(?:its|the)(?:[ ]show[’']s|[ ]series[’'])?[ ]"
    rf"(?:{ORDINAL_WORD}|opening|debut)[ ](?:season|series)"
    rf"|(?:season|series)[ ](?:{COUNT_WORD}|one)),[ ]$"
)
"""An ordinal run as what a past award was won for, its credit after: "the show won two prizes
in 2023, among them for its first season, directed by Sela Marrick", "won a Bafta for the show's
fourth series, written by X", "for season two, directed by X" (invented): a run already
out and honoured, so the maker named is that run's (a new run or a film is the article's)."""
_MEDIUM = r"(?:(?:TV|television|broadcast|streaming|animated|live-action)[ ])?"
"""The medium a counted run may be told in: "the three TV seasons" (a film's page naming the
show it follows) is the same past run as "the three seasons"."""
_RUN_SUBJECT = lazy_pattern(
    rf"(?<![\w-])(?:[Tt]he|[Ii]ts|[Aa]ll|[Ww]hose|[Tt]heir)[ ]{_COUNT}[ ]{_MEDIUM}"
    r"(?:seasons|series)"
    r"(?:[ ]of[ ][^,;]{1,40}?)?(?:,[^;]{1,80}?,)?[ ](?:were|had[ ]been)[ ]$"
    rf"|(?<![\w-])(?:[Tt]he|[Ii]ts|[Ww]hose|[Tt]heir)[ ](?:first|opening)[ ]{_COUNT}[ ]"
    r"(?:seasons|series)[ ](?:were|had[ ]been)[ ]$"
    r"|(?<![\w-])(?:series|show)[’']s?[ ](?:episodes|seasons)[ ]had[ ]been[ ]$"
    r"|(?<![\w-])(?:[Tt]he|[Tt]hose|[Ii]ts)[ ](?:(?:first|early|earliest)[ ])?(?:seasons|series)"
    r"[ ](?:were|had[ ]been)[ ]$"
    r"|(?<![\w-])(?:[Ee]very|[Ee]ach)[ ](?:season|series)[ ]of[ ](?:the|its)[ ](?:show|series)[ ]"
    r"(?:was|had[ ]been)[ ]$"
)
"""A counted run as the passive's subject, told in the past: "The three seasons of Dune Road,
which ran until 2024, were directed by X", "the show, whose four seasons were directed by X"
(invented), or a first run counted in the plural,
"whose first two seasons were directed by X" (over before the article's instalment); or the
show's episodes in the pluperfect, "The series' episodes had been directed by X" (before the
film); or the runs uncounted, "The seasons were directed by X", "The first seasons were
directed by X" (a plural run made in the past is the ones before; the article's own instalment
is one); or every season of the show,
"Every season of the show was directed by X or Y" (all of them out). A plain "The series' episodes
were directed by X" may be the article's own series."""
_EARLIER_PLURAL = lazy_pattern(
    r"(?<![\w-])(?:(?:[Tt]he|[Ii]ts)[ ])?(?:[Ee]arlier|[Pp]revious|[Pp]rior|[Pp]ast|[Oo]lder)[ ]"
    r"(?:[A-Z][\w’'-]*[ ]){0,3}(?:seasons|series|films|instalments|installments)"
    r"(?:[ ]of[ ][^,;]{1,40}?)?[ ](?:were|had[ ]been)[ ]$"
)
"""Earlier instalments in the plural as the passive's subject: "Earlier seasons of the show were
directed by X", "The previous Dune Road seasons were scored by Y" (invented): those runs' makers,
unless the rest of the clause gives them ours too (:data:`_OURS_TOO`)."""
_OURS_TOO = lazy_pattern(
    r"[^;]{0,120}?(?:\b(?:too|as[ ]well|herself|himself|themselves)\b"
    r"|\b(?:by|from|to)[ ](?:her|him|them)\b(?![ ][a-z]))"
)
"""The same names given the article's work in the rest of the clause: "Earlier series were
written by X, and the film is written by her too" (X holds the post on both)."""
_RETURN_REACH = 30
_EARLIER_USED = lazy_pattern(
    r"(?<![\w-])(?:[Ee]arlier|[Pp]revious|[Pp]rior|[Pp]ast|[Oo]lder)[ ]"
    r"(?:(?:two|three|four|five|few)[ ])?(?:seasons|series|films|instalments|installments)"
    r"(?:[ ]of[ ](?:the[ ])?[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3})?[ ]"
    r"(?:used|had|featured|boasted|(?:leaned|relied|drew)[ ]on|were[ ]built[ ](?:on|around))[ ]"
    r"(?:(?![ ](?:but|while|whereas|now|this|these|here)\b)[^,.;:!?“”\"]){0,80}$"
    r"|(?<![\w-])(?:[Tt]he|[Ii]ts)[ ](?:series|show)[’']s?[ ](?:music|score|sound|soundtrack|look|"
    r"style|palette)[ ]had[ ](?:already[ ]|long[ ])?been[ ]"
    r"(?:(?![ ](?:but|while|whereas|now|this|these|here)\b)[^,.;:!?“”\"]){0,80}$"
)
"""The earlier instalments as the subject of a past verb, the credit in its object: "earlier
seasons of Dune Road used library tracks and a score by X" (invented): that run's music, ours
only where a clause of its own brings it on ("but this time a score by Y"). So is the show's
music or look told in the pluperfect: "The show's sound had been shaped by a score by X"
(invented), a time before the article's instalment."""
"""Enough characters after the names for a return told of them: "were directed by X, who
returns" (the run's maker is the new work's too)."""
_SUCCESSION = lazy_pattern(
    r"(?<![\w-])(?:was|were)[ ][a-z]+[ ]by[ ][^,.;:!?]{1,40}?[ ]and[ ]then[ ][A-Z]"
)
"""Holders told in turn in the past: "The show was directed by X and then Y" (invented): a run
done, its post passed on, so neither is the new work's."""
_PAST_PASSIVE = lazy_pattern(r"\b(?:was|were|had[ ]been)[ ]$")
_SPLIT_RUNS = lazy_pattern(
    r"[ ]in[ ](?:(?:season|series)[ ](?:one|1)|(?:the|its)[ ]first[ ](?:season|series))[ ]and[ ]"
    r"[A-Z][^,.;:!?]{1,40}?[ ]in[ ](?:the[ ]|its[ ])?(?:later|subsequent|following|remaining)[ ]"
    r"(?:seasons|series)\b"
)
"""A past credit shared out by runs after the names: "the episodes were directed by X in season
one and Y in later seasons" (invented): the show's runs' makers, told as done, not the new
work's."""
_RUN_DONE = lazy_pattern(
    rf"\b(?:ran|aired|lasted)[ ]for[ ]{_COUNT}[ ](?:seasons|series)\b"
    rf"|(?<![\w-])(?:[Tt]he|[Ii]ts|[Aa]ll)[ ]{_COUNT}[ ](?:seasons|series)\b[^;]{{0,80}}?[ ]"
    r"(?:arrived|ran|aired|premiered|landed|debuted|dropped|were[ ]released|came[ ]out)\b"
)
"""A counted run told done: "Dune Road ran for three seasons", "The three seasons so far arrived
in 2022, 2023 and 2024" (invented)."""
_DATED_RUN_WITH = lazy_pattern(
    rf"(?:(?<![\w-])(?:{ORDINAL_WORD}|opening|debut)[ ](?:season|series)"
    rf"|(?<![\w-])(?:[Ss]eason|[Ss]eries)[ ](?:one|{COUNT_WORD}))"
    r"(?:,[ ](?:which|that))?[ ](?:premiered|aired|arrived|landed|debuted|launched|"
    r"(?:was[ ])?(?:broadcast|released|shown|screened))[ ]"
    r"[^,.;:]{0,50}?[12]\d{3}$"
)
"""An ordinal run released on a past date just before "with": "the first season, which
premiered in May 2022 with X directing", "its fourth series, which was broadcast in 2021 with
X directing" (invented): that run's maker, as in a passive credit
after a dated release (above); the date must end just before "with", so "after season one
aired in 2022, the film went ahead with X directing" stays the film's."""

_WITH_NAMES = lazy_pattern(r"[ ]with[ ](?:[A-Z][\w’'-]*,?[ ]|and[ ]){0,7}$")
"""The "with" before the names, names of the list between (the rule meets each capital)."""


def past_run_with(chunk: str, start: int) -> bool:
    """Whether the names at ``start`` follow "with" in a clause that tells a counted run done
    or an ordinal run's dated release: "Dune Road ran for three seasons, with X directing the
    first" (invented) credits X with that run, not with the film or the new run after it."""
    joined = _WITH_NAMES.search(chunk, max(0, start - 60), start)
    if joined is None:
        return False
    clause = chunk.rfind(";", 0, start) + 1
    return (
        _RUN_DONE.search(chunk, clause, joined.start()) is not None
        or _DATED_RUN_WITH.search(chunk, clause, joined.start()) is not None
    )


_ORDINAL_RUN_BEFORE = lazy_pattern(
    r"(?<![\w-])(?:[Tt]he|[Ii]ts)[ ](?:first|second|third|opening|debut)[ ](?:season|series),[ ]$"
)
_DATED_OUT = lazy_pattern(
    r"(?:,[ ]|[ ]and[ ])(?:was[ ])?(?:released|arrived|aired|premiered|landed|debuted|launched|"
    r"came[ ]out)[ ](?:(?!will|due|next)[^,.;:!?]){0,40}?\b(?:19|20)\d\d\b"
)
"""An ordinal run, its credit, then its release told in the past with its year: "the opening
series, directed by Sela Marrick and released in May 2021" (invented): that run's maker. Without
the year ("the first season, directed by X, arrived on Friday") the run may be the article's."""
_DATED_RUNS_ALL = lazy_pattern(
    r"(?<![\w-])(?:seasons|series|runs)\b(?:(?!\b(?:will|due|next|set|coming)\b)[^.;:!?]){0,100}?"
    r"\b(?:19|20)\d\d,[ ]all[ ]$"
)
"""Runs told with the past years they came out, then one credit for all of them: "later seasons
followed in 2021 and 2023, all directed by Sela Marrick" (invented): the runs' maker, not the
film's or the new run's after them."""


def _dated_past_run(chunk: str, verbs_at: int, names_end: int) -> bool:
    """Whether the passive credit is told of a run dated in the past (above)."""
    return (
        _ORDINAL_RUN_BEFORE.search(chunk, max(0, verbs_at - 40), verbs_at) is not None
        and _DATED_OUT.match(chunk, names_end) is not None
    ) or _DATED_RUNS_ALL.search(chunk, max(0, verbs_at - 160), verbs_at) is not None


def earlier_credit(chunk: str, verbs_at: int, names_end: int) -> bool:
    """Whether the passive credit from ``verbs_at`` to ``names_end`` is told of the earlier
    instalments, before it or after its names."""
    return (
        earlier_participle(chunk, verbs_at, names_end)
        or (
            (
                _RUN_SUBJECT.search(chunk, max(0, verbs_at - 160), verbs_at) is not None
                or _EARLIER_USED.search(chunk, max(0, verbs_at - 160), verbs_at) is not None
            )
            and STAYED_ON.search(chunk, names_end, names_end + _RETURN_REACH) is None
        )
        or (
            _EARLIER_PLURAL.search(chunk, max(0, verbs_at - 120), verbs_at) is not None
            and STAYED_ON.search(chunk, names_end, names_end + _RETURN_REACH) is None
            and _OURS_TOO.match(chunk, names_end) is None
        )
        or _RELEASED_RUN.search(chunk, max(0, verbs_at - 100), verbs_at) is not None
        or _AWARDED_RUN.search(chunk, max(0, verbs_at - 160), verbs_at) is not None
        or _SUCCESSION.search(chunk, max(0, verbs_at - 5), names_end + 11) is not None
        or (
            _SPLIT_RUNS.match(chunk, names_end) is not None
            and _PAST_PASSIVE.search(chunk, max(0, verbs_at - 12), verbs_at) is not None
        )
        or _EARLIER_AFTER.match(chunk, names_end) is not None
        or (_ALREADY_OUT.match(chunk, names_end) is not None and _numbered_run(chunk, verbs_at))
        or _dated_past_run(chunk, verbs_at, names_end)
    )


def _numbered_run(chunk: str, verbs_at: int) -> bool:
    """A numbered run just before ``verbs_at``, a bare count only after a run word (above)."""
    run = _NUMBERED_RUN.search(chunk, max(0, verbs_at - 40), verbs_at)
    if run is None:
        return False
    return run["bare"] is None or _RUN_WORD.search(chunk, 0, run.start()) is not None
