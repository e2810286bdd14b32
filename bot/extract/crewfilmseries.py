"""A film made from a series, for :mod:`bot.extract.crew`: the series' writer (or its earlier
runs' director) is no writer or director of the film. A profile or a preview of the film looks
back at the show it ends ("The series, adapted by A from her own novels, arrived in 2021", "The
show, written by B, ran for three seasons": invented examples); the show's credit is the show's.
The film's writer comes from what the article says of the film itself ("the film's screenplay
is by A"), and the source's author from the same sentence still stands.
"""

from __future__ import annotations

from bot.extract.names import NAME
from bot.extract.text import Doc
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_FILM_WORDS = lazy_pattern(
    r"\b(?:[Tt]he|[Tt]his)[ ](?:[A-Z][\w’'-]*[ ])?(?:film|movie)\b|\bfeature-length\b"
)
"""How an article about a film names its subject."""
_A_FILM = lazy_pattern(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his)[ ](?:[A-Z][\w’'-]*[ ]){0,2}(?:film|movie)\b"
    r"(?![ -](?:festivals?|critics?|schools?|clubs?|fans?|industry|crews?|stars?|actors?|"
    r"actress(?:es)?|directors?|makers?|buffs?|lovers?|careers?|roles?)\b)"
)
"""A film word of any article, "a Netflix film" too: enough beside a show told as a past run;
not one naming a trade, a person or a part ("a film star", "her first film role")."""
_SERIES_WRITTEN = lazy_pattern(
    r"[ “\"‘']*(?:The|Its)[ ](?:original[ ]|TV[ ]|television[ ])?(?:series|show)(?:[ ]itself)?,[ ]"
    r"(?:which[ ]was[ ])?(?:adapted|written|penned|scripted)[ ]by[ ]"
)
"""The series as the sentence's subject, its writer set off after it ("The series itself, written
by A, ...": "itself" sets the show apart from the film)."""
_TITLED_SERIES_RUN = lazy_pattern(
    r"[ “\"‘']*[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3},[ ]"
    r"(?:adapted|written|penned|scripted)[ ]by[ ][^,;:.]{1,80},[ ]"
    r"(?:[a-z][^,;:.“”\"]{0,60}?[ ]and[ ])?(?:ran|aired)[ ](?:for|over)[ ]"
    r"(?:one|two|three|four|five|six|seven|\d+)[ ](?:series|seasons?)\b"
)
"""The series named by its title, its writer set off after it, then its run ("Gullwick, written
by A from her own novels, ran for three series", "..., began in 2021 and aired for four
seasons"): a past run is the show's, never the film's."""
_EARLIER_RUNS = lazy_pattern(
    r"[ “\"‘']*The[ ](?:first|previous|earlier|original)[ ](?:(?:two|three|four|five|\d)[ ])?"
    r"(?:series|seasons)\b[^.;:]{0,80}?[ ]were[ ](?:(?:co-)?directed|written)[ ]by[ ]"
)
"""The show's earlier runs as the subject ("The first two series of Gullwick, the first of which
aired in 2022, were directed by A"): the runs' director or writer, never the film's."""
_FILM_TOO = lazy_pattern(
    r"\b(?:also[ ](?:directs|directed|writes|wrote|helms|helmed)|like[ ]the[ ](?:film|movie)|"
    r"(?:directs|directed|writes|wrote|helms|helmed)[ ]the[ ](?:film|movie)(?:[ ]too|[ ]as[ ]well)?"
    r"(?=[ ]*[,.;]|$))"
)
"""The same sentence gives the film to the runs' maker too ("..., who also directs the film",
"The first seasons, like the film, were directed by A"): the film's credit as well."""
_SERIES_DIRECTED = lazy_pattern(
    r"(?:^|[;:][ ])[ “\"‘']*(?:[Tt]he[ ](?:original[ ]|TV[ ]|television[ ])?(?:series|show)"
    r"(?:[’']s)?(?:,[ ]which[ ]was|[ ]itself,|[ ](?:episodes|seasons|runs)[ ]were)"
    r"|The[ ](?:[A-Z][\w’'-]*[ ]){1,3}(?:TV|television)[ ]series,[ ]which[ ](?:ran|aired)[ ]"
    r"[^,;:.]{1,80},[ ]was)[ ](?:co-)?directed[ ]by[ ](?P<names>[^;:.]{1,120})"
)
"""The show told as past ("The series, which was directed by A and B, had a bright look", "...;
the series episodes were directed by A") or set apart from the film ("The show itself, directed
by A, ...", "The Dune Road TV series, which ran for three seasons, was directed by A"): its
directors, never the film's. The shape is the
show's for certain, so one film word on the page is enough."""
_NAMES = rf"{NAME}(?:(?:,[ ]|,?[ ]and[ ]){NAME}){{0,6}}"
"""Names set side by side ("A, B and C")."""
_RUN_DIRECTED = lazy_pattern(
    r"(?<![\w-])(?:episodes,?[ ]|(?:seasons|(?:[Ff]irst|[Ss]econd|[Tt]hird|[Oo]pening|[Ee]arlier|"
    r"[Pp]revious|[Oo]riginal)[ ](?:season|series)|[Ss]eason[ ](?:one|two|three|1|2|3))"
    r",?[ ](?:(?:were|was|had[ ]been)[ ])?)(?:co-)?directed[ ]by[ ]"
    rf"(?P<names>{_NAMES})"
)
"""A run of the show as what was directed: "with episodes directed by A and B", "The series'
first season, directed by A, ..." (invented shapes): on a film's page, the show's directors.
Episodes told with a verb of their own ("The first two episodes were directed by A") may be the
film's parts, told loosely: left to the rules that read them."""
_PAST_RUN = lazy_pattern(
    r"\b(?:arrived|aired|ran|landed|premiered|debuted|streamed|was[ ]released)\b"
)
"""The run told as past in the sentence, for a page that names a film only as "a film"."""
_CUES = (
    "directed by",
    "series, ",
    "show, ",
    "itself, ",
    "ran for ",
    "ran over ",
    "aired for ",
    "aired over ",
    " were ",
)
"""The words one of the patterns needs (tested first: most articles have none)."""
_RUN_ROLES = (CrewRole.DIRECTOR, CrewRole.WRITER)


def series_writers_dropped(
    doc: Doc, raw: list[tuple[str, CrewRole, str]], others: list[str]
) -> list[tuple[str, CrewRole, str]]:
    """``raw`` without the writer credits a film article gives the series it comes from (and
    its past directors); a dropped name goes to ``others``, still a person the article names."""
    if not any(word in doc.text for word in _CUES):
        return raw
    films = len(_FILM_WORDS.findall(doc.text))
    if films == 0 and _A_FILM.search(doc.text) is None:
        return raw
    kept = [
        (name, role, evidence)
        for name, role, evidence in raw
        if not (role is CrewRole.WRITER and _TITLED_SERIES_RUN.match(evidence))
        and not (role is CrewRole.DIRECTOR and _run_director(name, evidence, films))
        and (
            films == 0
            or (
                (films < 2 or _the_films(role, evidence))
                and not (role is CrewRole.DIRECTOR and _series_director(name, evidence))
            )
        )
    ]
    others.extend(name for name, role, evidence in raw if (name, role, evidence) not in kept)
    return kept


def _the_films(role: CrewRole, evidence: str) -> bool:
    """Whether the credit is the film's, not the series' it comes from."""
    return (
        role is not CrewRole.WRITER
        or (_SERIES_WRITTEN.match(evidence) is None and _TITLED_SERIES_RUN.match(evidence) is None)
    ) and (
        role not in _RUN_ROLES
        or _EARLIER_RUNS.match(evidence) is None
        or _FILM_TOO.search(evidence) is not None
    )


def _series_director(name: str, evidence: str) -> bool:
    """Whether ``evidence`` names ``name`` among the show's past directors."""
    return _FILM_TOO.search(evidence) is None and any(
        name in match["names"] for match in _SERIES_DIRECTED.finditer(evidence)
    )


def _run_director(name: str, evidence: str, films: int) -> bool:
    """Whether ``evidence`` names ``name`` as a director of the show's runs or episodes: so on a
    page that calls its film "the film" twice or more, or on one that names a film at all where
    the sentence tells the run as past ("The first season arrived in 2022: eight episodes,
    directed by A")."""
    return (
        (films >= 2 or _PAST_RUN.search(evidence) is not None)
        and _FILM_TOO.search(evidence) is None
        and any(name in match["names"] for match in _RUN_DIRECTED.finditer(evidence))
    )
