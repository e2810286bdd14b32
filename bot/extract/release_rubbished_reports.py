"""A report the same sentence then knocks down: what it claimed is not stated.

"Reports claimed the studio had pushed the film to the autumn, but a spokesperson dismissed the
rumour", "Rumours suggested a spring release - but the streamer shot the story down", "Whispers
online have claimed it will drop by Christmas - but the network poured cold water on the idea":
the time belongs to the report, and the sentence says it is wrong, so it is no window and no
date. A time told in the same sentence is dropped with it (precision first: it may be the
report's). So is a time reported and then told as never confirmed ("had reported that it would
arrive on 13 May, but that date was never confirmed").

A time only earlier reports claimed is the same: "Unlike what earlier reports
claimed, it will not go out weekly from October", "Previous reports had suggested a spring
release": the article tells them as superseded, so their time is not stated.

So is a claim the sentence denies with a bare negative: "One fan claimed it would land on 2
March; it didn't, and it won't", or says nothing backs ("a tip saying it opens in May; we have
nothing to back that up"). And a claim told only as whoever made it: "Whoever said it was
coming in March owes me a fiver" (a guess the writer sets against the real date).
"""

from __future__ import annotations

from bot.extract.lexicon import MONTH_PATTERN, SEASON_NAME, WEEKDAY_PATTERN
from bot.lazy_patterns import lazy_pattern

_REPORTED = lazy_pattern(
    r"\b(?:[Rr]eports|[Rr]umou?rs|[Cc]laims|[Ss]tories|[Ww]hispers|[Gg]ossip|[Cc]hatter)"
    r"(?:[ ][a-z]+){0,4}?[ ](?:had[ ]|have[ ]|has[ ])?(?:claimed|suggested|said|insisted|alleged)\b"
)
_KNOCKED_DOWN = lazy_pattern(
    r"(?:,|[ ][-–—])[ ](?:but|only[ ]for)[ ][^.;]{0,80}?\b(?:dismissed|denied|rubbished|"
    r"quashed|slapped[ ]down|shot[ ]down|shut[ ]down|batted[ ]away|knocked[ ]back|"
    r"scotch(?:ed)?|play(?:ed)?[ ]down|pour(?:ed)?[ ]cold[ ]water[ ]on)[ ]"
    r"(?:the[ ]|that[ ]|those[ ]|these[ ])?(?:rumou?rs?|reports?|claims?|story|stories|"
    r"speculation|talk|idea|suggestion)\b"
)


_REPORTED_THAT = lazy_pattern(
    r"\b(?:had[ ]|have[ ]|has[ ])?(?:reported|claimed|suggested|speculated)[ ]that\b"
)
_NEVER_CONFIRMED = lazy_pattern(
    r"(?:,|[ ][-–—])[ ]but[ ](?:that|this|the|those|these)[ ](?:date|day|month|timing|window|"
    r"reports?|claims?|rumou?rs?|story)[ ](?:was|were|has[ ]been|had[ ]been|have[ ]been)[ ]"
    r"(?:never|not)[ ](?:confirmed|announced|verified|substantiated)\b"
)
"""The report's own time (or the report) told as never confirmed: "but that date was never
confirmed by the streamer"."""


_PUT_TO_REST = lazy_pattern(
    r"\b(?:(?:puts?|putting|lays?|laid|laying)[ ]to[ ]rest|puts?[ ]paid[ ]to|putting[ ]paid[ ]to|"
    r"(?:quash|scotch|debunk|dispel|rubbish|refute)(?:es|s|ed|ing)?|(?:ends?|ended|ending)|"
    r"(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?)|pour(?:s|ed|ing)?[ ]cold[ ]water[ ]on|"
    r"(?:play(?:s|ed|ing)?|slap(?:s|ped|ping)?|shoots|shot|shooting)[ ]down)[ ]"
    r"(?:the[ ]|those[ ]|these[ ]|"
    r"(?:weeks|months|days)[ ]of[ ])?(?:[a-z]+[ ]){0,2}?(?:reports|rumou?rs|claims|speculation|"
    r"suggestions|stories|talk)\b[^.;:]{0,100}?\bthat[ ]"
)
"""A report the sentence knocks down before telling it: "puts to rest claims, first made
online, that it would drop in March", "quashed rumours that the shoot had moved to May", "poured
cold water on reports that it would land in June"."""
_CLAUSE_END = lazy_pattern(r"[;:]|,[ ](?:and|but|while|saying|confirming|adding)\b|[ ][-–—][ ]")


def _dismissed_before(evidence: str) -> bool:
    """A time told in the report a dismissal opens ("ends speculation that it opens in May"); not
    where the sentence tells a time of its own before the dismissal ("arrives on 3 May, the
    studio said, ending talk that it would open in March"): the sentence's own time stands."""
    report = _PUT_TO_REST.search(evidence)
    if report is None or _CLAIMED_TIME.search(evidence, 0, report.start()) is not None:
        return False
    cut = _CLAUSE_END.search(evidence, report.end())
    end = cut.start() if cut is not None else len(evidence)
    return _CLAIMED_TIME.search(evidence, report.end(), end) is not None


def knocked_down_report(evidence: str) -> bool:
    """The sentence tells a report and then dismisses it, or says its time was never confirmed
    ("Fans had reported that it would arrive on 13 May, but that date was never confirmed"), or
    dismisses a report it then tells ("put to rest claims that it would drop in March")."""
    report = _REPORTED.search(evidence)
    if report is not None and _KNOCKED_DOWN.search(evidence, report.end()) is not None:
        return True
    if _dismissed_before(evidence):
        return True
    told = _REPORTED_THAT.search(evidence)
    return told is not None and _NEVER_CONFIRMED.search(evidence, told.end()) is not None


_EARLIER = lazy_pattern(
    r"\b(?:(?:[Ee]arlier|[Pp]revious|[Ii]nitial|[Oo]riginal|[Oo]lder|[Ff]irst)[ ]"
    r"(?:reports|rumou?rs|claims|stories|reporting)|[Cc]hange[ ]from[ ](?:the[ ])?"
    r"(?:reports|rumou?rs|claims))(?:,?[ ](?:which|that))?[ ](?:had[ ]|have[ ])?"
    r"(?:claimed|suggested|said|insisted|alleged|stated|indicated|pointed[ ]to|put)\b"
)


def superseded_report(evidence: str) -> bool:
    """The sentence's time is what earlier reports claimed: no longer the case."""
    return _EARLIER.search(evidence) is not None


_CLAIMED = lazy_pattern(
    r"\b(?:claimed|claims|insisted|insists|swore|swears|reckoned|reckons|predicted|predicts|"
    r"guessed|guesses|posted|posts|said|says|saying|claiming|told)\b"
)
_BARE_DENIAL = lazy_pattern(
    r"(?:[;,:.!?]|[ ][-–—])[ ]+(?:but[ ]|and[ ])?(?:it|that|this|they|he|she)[ ]"
    r"(?:didn|won|isn|wasn|doesn|hasn|hadn|wouldn|aren|weren|haven)[’']t"
    r"(?=[ ]*(?:[,;:.!?]|[-–—]|and\b|so\b|but\b|$))"
)
"""A negative auxiliary with its verb left out ("; it didn't, and it won't"): it can only deny
the claim just told, since it has no verb of its own."""
_UNBACKED = lazy_pattern(
    r"(?:[;,:.!?]|[ ][-–—])[ ]+(?:but[ ]|and[ ]|so[ ])?(?:(?:we|I|there)[ ](?:have|has|had|is|"
    r"was|are|were|can|could)(?:n['’]t|[ ]not)?[ ](?:found[ ])?(?:nothing|no(?:thing)?[ ]"
    r"(?:evidence|proof|sign|source|basis))[ ](?:to[ ](?:back|support|confirm|suggest)|for|of)\b"
    r"|(?:that|this|it)[ ](?:is|was|['’]s)[ ](?:completely[ ]|totally[ ]|entirely[ ])?(?:unfounded|"
    r"baseless|untrue|not[ ]true|false|made[ ]up|nonsense|fake)\b)"
)
"""The writer's answer to the claim just told: nothing backs it ("; we have nothing to back that
up", "- there is no evidence for that", "; that is untrue")."""
_CLAIMED_TIME = lazy_pattern(
    rf"\d|\b(?:{MONTH_PATTERN}|{WEEKDAY_PATTERN}|{SEASON_NAME}|year|month|week)\b"
)
"""A time told in the claim, before its denial: "claimed it would land on 2 March; it didn't"."""


def denied_in_brief(evidence: str) -> bool:
    """The sentence tells a claim, then denies it with a bare negative: "One fan claimed it would
    land on 2 March; it didn't", "A poster swore it opens in June - it won't." The claim's time is
    not stated. A negative with its own verb ("... in June; it won't be delayed") denies nothing
    of the claim and is left alone, and so does one with no time told between the claim and it
    ("Vale said the shoot ran long; it didn't, and the film opens on 3 May")."""
    claim = _CLAIMED.search(evidence)
    at = claim.end() if claim is not None else 0
    denial = _BARE_DENIAL.search(evidence, at) or _UNBACKED.search(evidence, at) if claim else None
    return (
        claim is not None
        and denial is not None
        and _CLAIMED_TIME.search(evidence, claim.end(), denial.start()) is not None
    )


_ANYONES_CLAIM = lazy_pattern(
    r"\b(?:[Ww]hoever|[Aa]nyone[ ]who|[Ee]veryone[ ]who|[Tt]hose[ ]who|[Pp]eople[ ]who)[ ]"
    r"(?:had[ ]|has[ ]|have[ ])?(?:said|claimed|insisted|swore|reckoned|predicted|guessed|"
    r"bet|thought)\b"
)
"""A claim told only as whoever made it: "Whoever said", "Anyone who predicted"."""


def anyones_claim(evidence: str) -> bool:
    """The sentence's time is the claim of whoever made it, told as a free relative ("Whoever
    said it was coming in March owes me a fiver", "Anyone who predicted a June date was
    wrong"): no one the article stands behind."""
    return _ANYONES_CLAIM.search(evidence) is not None


_CROWD_LED = lazy_pattern(
    r"\b(?:led|leading|leads|prompted|prompting|left)[ ](?:many[ ]|some[ ]|most[ ]|plenty[ ]of[ ]|"
    r"a[ ]lot[ ]of[ ])?(?:viewers|fans|people|watchers|readers|observers)[ ]to[ ]"
    r"(?:expect|assume|predict|guess|think|believe)\b(?P<expected>(?:[ ][^ ,.;:!?]+){1,8})"
)


def crowds_expectation(evidence: str) -> bool:
    """The sentence's time is what the audience was led to expect ("The first two arrived in
    May, which led many fans to expect a spring launch"): a guess drawn from a pattern, which
    no one the article stands behind has told. The time must be what is expected, within a few
    words of the cue; a date told before it ("confirmed it opens on 3 June, prompting fans to
    believe the wait was worth it") is the teller's, and stands."""
    return any(
        _CLAIMED_TIME.search(led["expected"]) is not None for led in _CROWD_LED.finditer(evidence)
    )
