"""Credits of a work's earlier runs, for :mod:`bot.extract.crewotherworks`.

An explainer, guide or set report on a new run, a film of a show or a remake looks back at who
made the work before it: "Seasons one and two were directed by X", "The first three series,
directed by X and Y, were filmed nearby", "The show's earlier series were directed by X", "The
1987 original was directed by X" (invented), or names them as the ones the new director follows:
"Z takes over from the series' directors X and Y". Those are the runs' credits (or the
predecessors'), never the article's work's, unless the sentence gives the new work to them too
("..., who returns for the film", "who also directs the film", "and the film is written by her
too"; a return said not to happen, "who won't return", is none). The credit's names end where a
new subject starts: "... by X and the film by Y" credits Y with the film.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.extract.crewmodifiers import STAYED_ON
from bot.extract.lexicon import CREW_POSTS, NEGATED, ORDINAL_WORD
from bot.extract.names import NAME
from bot.facts import CrewFact
from bot.lazy_patterns import lazy_pattern

_COUNT = r"(?:two|three|four|five|six|seven|\d)"
_RUNS = r"(?:seasons|series|runs|films|instalments|installments)"
_CREDITED = (
    r"(?:co-)?(?:directed|written|penned|scripted|scored|shot|edited|produced|helmed|created)"
)
_TITLE = r"[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3}"
_OWNER = (
    rf"(?:(?:[Tt]he|[Ii]ts|[Tt]heir)[ ]|(?:[Tt]he[ ](?:show|series|franchise|saga)|{_TITLE})"
    rf"(?:[’']s|[’'])[ ])?(?:(?:[Aa]ll|[Bb]oth)[ ](?:{_COUNT}[ ])?)?"
)
"""Whose runs they are, and how many: "The show's ", "Saltmarsh's ", "All three "."""
_EARLIER_SUBJECT = (
    rf"(?:{_OWNER}"
    r"(?:(?:[Ee]arlier|[Pp]revious|[Pp]ast|[Pp]receding|[Oo]riginal)[ ]"
    rf"(?:{_COUNT}[ ])?(?:{_RUNS}|episodes)"
    rf"|(?:[Ff]irst|[Ll]ast)[ ]{_COUNT}[ ]{_RUNS}"
    rf"|(?<=[’'][ ]){_COUNT}[ ]{_RUNS}|(?<=[’']s[ ]){_COUNT}[ ]{_RUNS}"
    rf"|(?:[Ss]easons|[Ss]eries)[ ](?:one|1)[ ](?:and|to|through|-|–)[ ]{_COUNT})"
    rf"|[Tt]he[ ]{_COUNT}[ ]{_RUNS}"
    r"|[Tt]he[ ](?:\d{4}[ ])?original(?:[ ](?:film|movie|series|show))?)"
    rf"(?:[ ](?:of|in)[ ](?:the[ ])?(?:{_TITLE}|franchise|series|saga|show))?"
)
"""The earlier runs, as a sentence's subject: "Earlier series of Gullwick", "The first three
series", "Seasons one and two", "The last two films in the franchise", "The 1987 original" (a
count or an earlier-word, so "The series" alone is never one; "The first four episodes" are the
work's own, "The previous episodes" its earlier runs')."""
_CLAUSE_START = (
    r"(?:^|(?<=\()|(?<=[:;][ ])|(?<=,[ ]and[ ])|(?<=[ ]after[ ])|(?<=[ ]since[ ])"
    r"|(?<=[ ]while[ ])|(?<=[ ]where[ ])|(?<=[ ]whereas[ ])|(?<=[ ]though[ ]))"
)
"""A clause's start: the sentence's or a bracket's ("(Seasons one to three were directed by
X.)"), after a colon or semicolon ("It is not new here: the first series, directed by X,
..."), after ", and" ("..., and the earlier episodes were
directed by X"), or after a subordinator ("Z, who took over after earlier seasons were directed
by X and Y, said ...")."""
_RUNS_ASIDE = (
    r"(?:,[ ](?:the[ ](?:first|last|latest)|all|both|each|most)[ ]of[ ]which[^,;:.]{1,80},)?"
)
"""An aside on the runs before their credit: "The show's three seasons, the first of which
aired in 2019, were directed by X"."""
_RUNS_CREDITED = lazy_pattern(
    rf"{_CLAUSE_START}(?:(?:[Uu]nlike|[Ll]ike|[Aa]s[ ]with)[ ])?{_EARLIER_SUBJECT}{_RUNS_ASIDE}"
    r"(?:(?:,[ ]which)?[ ](?:were|was|have[ ]been|had[ ]been)[ ]"
    rf"(?:[a-z]+[ ])?|,[ ]){_CREDITED}[ ]by[ ](?P<names>[^;:.()]+)"
)
"""The runs' passive credit at a clause's start, the names up to the first break; the runs may be
set against the work in a relative clause ("Unlike the first two series, which were directed by
X, the film ...")."""
_FIRST_RUN_PAST = lazy_pattern(
    rf"(?:{_CLAUSE_START}[Tt]he[ ](?:\d{{4}}[ ](?:first|original)[ ](?:series|season)"
    rf"(?:[ ]of[ ]{_TITLE})?|(?:first|original)[ ](?:series|season))"
    r"|(?<=[ ])whose[ ](?:first|original)[ ](?:series|season))"
    rf",[ ]{_CREDITED}[ ]by[ ](?P<names>[^;:.(),]+),[ ]"
    r"(?:[a-z]+ed|was|were|had|aired|ran|shot|began|went|came)\b"
)
"""The first run alone, with its credit set off and then told in the past: "the first series,
directed by X, filmed here in 2019", a dated one, "The 2019 first season of X, directed by Y,
turned her into a star" (undated, "The first series of X, written by Y, pulled in ..." may be
the show's writer, back for the new run), or a show's, "whose first season, directed by Y,
landed in 2022" (a first season still to come, "the first season, directed by X, films in May"
or "..., wrapped in May and premieres in October", is the work's own)."""
_RUN_WORD = rf"(?:one|{_COUNT})"
_NUMBERED_RUN_PAST = lazy_pattern(
    rf"{_CLAUSE_START}(?P<run>(?:[Ss]eason|[Ss]eries)[ ]{_RUN_WORD}),[ ]{_CREDITED}[ ]by[ ]"
    r"(?P<names>[^;:.(),]+),[ ](?:debuted|premiered|aired|landed|arrived|launched|ran|"
    r"dropped|streamed|was[ ]released)\b"
)
"""A numbered run with its credit set off, then told as released: "Season three, directed by X,
debuted on Netflix in 2024" (history of the show; one still to come, "Season three, directed by
X, debuts in May" or "..., premiered at SXSW and streams from May", is left to the other
readings, and so is the run the headline or lede is about: its festival bow is its own)."""
_WHICH_RUN_CREDITED = lazy_pattern(
    rf"\b{_RUNS}[ ](?:of[ ][^,;:.]{{1,40}})?,[ ](?:the[ ](?:first|last|second|third)|all|both|"
    r"each)[ ]of[ ]which[ ][^,;:.]{0,60}?(?:was|were)[ ]" + _CREDITED + r"[ ]by[ ]"
    r"(?P<names>[^;:.()]+)"
)
"""Runs told before, one of them credited in a relative clause: "after three seasons of the
series, the first of which premiered in 2022 and was directed by X"."""
_BEGAN_UNDER = lazy_pattern(
    r"\b(?:series|show|franchise|saga)[ ]?(?:[,–—(][ ]?)which[ ](?:began|started|launched|"
    r"premiered|debuted)[^,;:.()–—]{0,40}?[ ]under[ ](?:the[ ])?(?:director|showrunner|"
    r"writer|producer)s?[ ](?P<names>[^;:.()–—]+)"
)
"""The show's start and who held the post then: "the series – which began in 2022 under
director X – ...": the first run's credit, not the new work's."""
_COUNTED_RUNS_EACH = lazy_pattern(
    rf"{_CLAUSE_START}(?:[Ss]easons|[Ss]eries)[ ](?:one|{_COUNT})[ ](?:and|to|through|-|–)[ ]"
    rf"{_COUNT}[ ][^.;:]{{0,60}}?,[ ](?:each|both|all)[ ]{_CREDITED}[ ]by[ ](?P<names>[^;:.()]+)"
)
"""Numbered runs told as history, each credited: "Seasons two and three followed in 2023 and
2024, each directed by X or Y"."""
_TO_COME = lazy_pattern(
    r"\b(?:will|is[ ](?:due|set|expected)|premieres|arrives|airs|opens|launches|lands|debuts|"
    r"streams|returns)\b"
)
"""A run still to come, told after the past step ("..., wrapped in May and premieres in
October"): the first series is the article's own, not an earlier one."""
_BARE_COUNTED_RUN = lazy_pattern(rf"[Tt]he[ ]{_COUNT}[ ]{_RUNS},[ ]")
"""A bare counted run, its credit set off by commas: "the two seasons, directed by A, ..."."""
_STILL_TO_COME = lazy_pattern(
    r",[ ](?:will|shoot|shoots|film|films|begin|begins|start|starts|air|airs|premiere|premieres|"
    r"arrive|arrives|land|lands|stream|streams|debut|debuts|are[ ](?:due|set|expected))\b"
)
"""After the set-off credit, the run told as to come: "and the two seasons, directed by A, shoot
next spring" (invented) is ours; "the three series, directed by A, had a look of their own" is
another run's."""
_CONTRASTED = lazy_pattern(
    r"\b(?:[Uu]nlike|[Aa][ ](?:change|departure|break)[ ]from|[Ii]n[ ]contrast[ ]to)[ ]"
    rf"(?:{_OWNER}|[Tt]he[ ])(?:{_RUNS}|show|original|earlier[ ]{_RUNS}),?[ ]"
    rf"(?:where|in[ ]which|on[ ]which)[ ](?P<names>{NAME}(?:(?:,[ ]|,?[ ]and[ ]){NAME}){{0,3}})"
    r"[ ](?:shared|split|handled|took|had)[ ](?:[a-z]+[ ]){0,2}?"
    r"(?:duties|chair|helm|reins|directing|direction|writing|scripts?|score|camera)\b"
)
"""The work a new credit is set against, with its own holders: "a change from the series, where
X and Y shared directing duties", "unlike the show, in which X took the chair"."""
_ORDINAL = rf"(?:{ORDINAL_WORD}|opening|final|last|earlier|later)"
_FOR_RUN = rf"[ ]for[ ](?:its|the)[ ]{_ORDINAL}(?:[ ](?:{_COUNT}|one))?"
_RUNS_SPLIT = lazy_pattern(
    rf"\b(?:was|were|had[ ]been)[ ]{_CREDITED}[ ]by[ ](?P<names>{NAME}{_FOR_RUN}[ ]"
    rf"(?:seasons?|series|runs?|films)\b(?:(?:,[ ]|,?[ ]and[ ](?:then[ ])?){NAME}{_FOR_RUN}"
    r"(?:[ ](?:seasons?|series|runs?|films|one))?\b)*)"
)
"""A past credit split between the runs ("which was directed by X for its first two seasons and
Y for the third"): history of the runs, never a credit of the article's work."""
_PREDECESSORS = lazy_pattern(
    r"\b(?:(?:takes|took|taken|taking)[ ]over[ ]from"
    r"|(?:inherits|inherited|inheriting)[ ](?:[a-z]+[ ]){0,3}?from"
    r"|(?:steps|stepped|stepping)[ ](?:in|up)[ ](?:after|from)"
    r"|(?:succeeds|succeeded|succeeding)|in[ ]succession[ ]to)[ ](?:the[ ])?"
    r"(?:[\w’'-]+[’'][s]?[ ])?(?:(?:earlier|previous|former|original|regular|usual|long-?time|"
    r"outgoing)[ ])?(?:(?:series|show|franchise)[ ])?"
    rf"(?:{CREW_POSTS}|screenwriter)s?[ ](?P<names>[^;:.()]+)"
)
"""The ones a new holder follows, by their post: "takes over from the series' directors X and
Y", "from the show's earlier directors X and Y", "stepping in after series directors X and Y",
"succeeding showrunner X", "inherited the world from the series' directors X and Y", "from the
show's regular writers X and Y" (a run's number alone, "from season one director X", may name
the article's own series' director)."""
_NAME_LIST = rf"{NAME}(?:(?:,[ ]|,?[ ]and[ ]){NAME}){{0,3}}"
_MADE_FIRST_RUN = lazy_pattern(
    rf"(?P<names>{NAME}),?[ ](?:who[ ])?(?:had[ ])?(?:directed|wrote|was[ ]directing|"
    r"was[ ]writing|helmed|was[ ]helming)[ ](?:(?:the[ ](?:show|series)(?:[’']s|[’'])|its)[ ]"
    r"(?:first|earlier|previous|original)[ ](?:season|series|run)|(?:season|series)[ ]one)\b"
)
"""A maker of the first run told in the past, the run named: "X, who wrote the series' first
run", "back when X was helming series one" (the show's history; "X is helming series one" may be
the new show's own)."""
_NOT_INVOLVED = lazy_pattern(
    rf"\b(?i:{CREW_POSTS}|screenwriter)s?[ ](?P<names>{_NAME_LIST})"
    r"(?:,[ ](?:who|whose)[ ][^,;:.]{1,80},)?[ ]"
    r"(?:(?:is|are|was|were|will|would)(?:[ ]not|n[’']t|[ ]no[ ]longer)|won[’']t)[ ](?:be[ ])?"
    r"(?:involved|returning|back|attached|on[ ]board)\b"
)
"""Holders by their post said to be out of the new work: "the series' directors X and Y are
not involved this time", "writer X won't be back", "Director X won't be back" (the post may open
the sentence; whoever made the earlier runs), a relative aside on them between ("directors X and
Y, who made the first run, are no longer involved", "X, whose episodes won awards, won't be
back")."""
_THOSE_RUNS = lazy_pattern(
    rf"\b(?:was|were)\b[^.;!?]*?[ ]with[ ](?P<names>{_NAME_LIST})[ ]"
    r"(?:directing|writing|scoring|shooting|editing|producing|helming)[ ]"
    rf"(?:all[ ]of[ ])?those[ ](?:episodes|{_RUNS}|seasons?|films?)\b"
)
"""Holders pointed back at runs told before ("the first series ... was filmed here, with X
directing those episodes"): "those" is an earlier run, never the article's work. The run is told
in the past ("was filmed"); "Filming on the first episodes begins in May, with X directing those
episodes" is ours."""
_PER_RUN = lazy_pattern(
    rf"\b{_CREDITED}[ ]by[ ](?P<names>{NAME}[ ]\((?:[Ss]easons?|[Ss]eries)[ ][^()]{{1,20}}\)"
    rf"(?:(?:,[ ]|,?[ ]and[ ]){NAME}[ ]\((?:[Ss]easons?|[Ss]eries)[ ][^()]{{1,20}}\)){{1,3}})"
)
"""A credit split between the runs, each name with its own ("directed by X (Season 1) and Y
(Seasons 2 and 3)"): the show's past credits, told as history; which of them (if any) has the
article's work is not said, so none is served."""
_NAMES_END = lazy_pattern(
    r",[ ](?![A-Z])|[ ](?:and[ ])?(?:the|this|its|his|her|she|he|they|it|who|whose|while|"
    r"whereas|but|now)\b"
)
"""Where the list of names ends: a lower-case word after a comma or a new subject ("X, Y and Z,
who ...", "X and the film by Y")."""
_NEXT_CLAUSE = lazy_pattern(r"[;:]|,[ ]and[ ]|[ ]but[ ]")
"""Where the credit's clause ends: a return told after it is someone else's ("..., and the
familiar faces are back")."""
_OTHERS_RETURN = lazy_pattern(r"\bthe[ ]return[ ]of[ ]")
"""A return told as a noun of someone named after it ("..., including the return of Y"): Y's,
never the credited maker's."""
_AGAIN = lazy_pattern(
    r"\b(?:who|she|he|they)[ ](?P<words>(?:[a-z’']+[ ]){0,3}?)(?:return|returns|returning|back|"
    r"again|stays|remains|also|directs|writes|scores|helms|pens|scripts|direct|write|score|helm|"
    r"directing|writing|scoring|helming|(?:has|have)[ ](?:also[ ])?(?:written|penned|scripted|"
    r"directed|scored)[ ](?:the|this)[ ](?:film|movie|new))\b"
    r"|\bby[ ](?:her|him|them)[ ](?:too|as[ ]well)\b"
)
"""The same people given the new work later in the sentence ("who also directs the film", "she
is back to direct it", "the film is written by her too")."""


_SEASON_WORDS = ("eason", "eries")
"""What "season", "seasons", "series" (capitalised or not) hold."""
_PAST_RUN_CREDITS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_RUNS_CREDITED, (*_SEASON_WORDS, "runs", "films", "nstal", "episodes", "riginal")),
    (_FIRST_RUN_PAST, _SEASON_WORDS),
    (_NUMBERED_RUN_PAST, _SEASON_WORDS),
    (_WHICH_RUN_CREDITED, ("of which",)),
    (_BEGAN_UNDER, ("under",)),
    (_COUNTED_RUNS_EACH, _SEASON_WORDS),
    (_PREDECESSORS, ("from", "after", "succe")),
    (_MADE_FIRST_RUN, (*_SEASON_WORDS, "run")),
)
"""The runs' past credits whose names end where a new subject starts, and which a later return
in the sentence may give the new work too; each with the words one of which any of its matches
holds: a sentence holding none is not searched (most credits name no run, and a pattern that
tries its clause starts at every place costs far more than the substring tests)."""


_Told = tuple[re.Pattern[str], re.Match[str]]
_SENTENCES_KEPT = 16
"""Credits are checked sentence by sentence, so the last few sentences' readings are enough."""


@lru_cache(maxsize=_SENTENCES_KEPT)
def _runs_told(evidence: str) -> tuple[tuple[re.Match[str], ...], tuple[_Told, ...]]:
    """What ``evidence`` tells of earlier runs, whoever the credit: the matches that name their
    makers outright, then each past credit's pattern with its match, in order. A sentence that
    credits several makers is checked once for each, and these searches are the same for all."""
    named = (_NOT_INVOLVED, _THOSE_RUNS, _PER_RUN, _RUNS_SPLIT, _CONTRASTED)
    return tuple(m for pattern in named if (m := pattern.search(evidence)) is not None), tuple(
        (pattern, found)
        for pattern, needed in _PAST_RUN_CREDITS
        if any(word in evidence for word in needed) and (found := pattern.search(evidence))
    )


def earlier_runs_credit(fact: CrewFact, text: str) -> bool:
    """Whether the credit is the earlier runs' (or a predecessor's), not the article's work's
    (``text``, the article's, tells which numbered run its lede and headline are about)."""
    evidence = fact.evidence
    named, credited = _runs_told(evidence)
    if any(_named_in(fact.name, found["names"]) for found in named):
        return True
    for pattern, found in credited:
        told_end = _run_told_end(evidence, found)
        if pattern is _FIRST_RUN_PAST and _TO_COME.search(evidence, found.end(), told_end):
            continue
        if pattern is _NUMBERED_RUN_PAST and _own_numbered_run(found, text):
            continue
        cut = _NAMES_END.search(found["names"])
        names = found["names"][: cut.start()] if cut else found["names"]
        if not _named_in(fact.name, names):
            continue
        after = evidence[told_end:]
        if not re.search(rf"\b{re.escape(fact.name.rsplit(' ', 1)[-1])}\b", after):
            after = ""  # the show's return, not the run's maker's ("returns in May")
        rest = evidence[found.start("names") + len(names) : told_end] + after
        if _BARE_COUNTED_RUN.match(evidence, found.start()) and _STILL_TO_COME.match(rest):
            continue  # "and the two seasons, directed by A, shoot next spring": ours
        return not _given_again(rest)
    return False


def _own_numbered_run(found: re.Match[str], text: str) -> bool:
    """Whether the numbered run credited is the article's: told to come in its own clause
    ("Season two, directed by A, premiered at SXSW and streams from May"), or named in the
    article's first two paragraphs (its lede and headline) outside the credit's sentence, as
    their subject ("after season two's cliffhanger" is history there too)."""
    clause = _NEXT_CLAUSE.split(found.string[found.end() :], 1)[0]
    if _TO_COME.search(clause):
        return True
    opening = "\n".join(text.split("\n", 2)[:2]).replace(found.string, "")
    run = found["run"].lower().replace(" ", "[ ]")
    told = rf"(?<!after[ ])(?<!since[ ])(?<!following[ ])(?<!than[ ])\b{run}\b(?![’']s?\b)"
    return re.search(told, opening.lower()) is not None


def _run_told_end(evidence: str, found: re.Match[str]) -> int:
    """Where what is told of the credited run ends. A "whose first season" clause ends at its
    comma: the verb after is the show's ("The show, whose first season, directed by A, landed
    in 2022, returns in May": A is the first season's; the return is A's only if it names A)."""
    end = evidence.find(",", found.end()) if found[0].startswith("whose") else -1
    return end if end >= 0 else len(evidence)


def _named_in(name: str, names: str) -> bool:
    """Whether ``name`` is one of ``names`` as whole words ("Ada Vale" is not in "Ada Valens")."""
    return re.search(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", names) is not None


def _given_again(rest: str) -> bool:
    """Whether ``rest`` (the sentence after the credit's names) gives them the new work too."""
    clause = _OTHERS_RETURN.sub("", _NEXT_CLAUSE.split(rest, 1)[0])
    stayed = STAYED_ON.search(clause)
    if stayed is not None and not NEGATED.search(clause, 0, stayed.start()):
        return True
    again = _AGAIN.search(rest)
    return again is not None and not (again["words"] and NEGATED.search(again["words"]))
