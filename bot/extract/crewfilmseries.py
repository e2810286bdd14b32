"""A film made from a series, for :mod:`bot.extract.crew`: the series' writer (or its earlier
runs' director) is no writer or director of the film. A profile or a preview of the film looks
back at the show it ends ("The series, adapted by A from her own novels, arrived in 2021", "The
show, written by B, ran for three seasons": invented examples); the show's credit is the show's.
The film's writer comes from what the article says of the film itself ("the film's screenplay
is by A"), and the source's author from the same sentence still stands.
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.text import Doc
from bot.facts import CrewRole

_FILM_WORDS = lazy_pattern(
    r"\b(?:[Tt]he|[Tt]his)[ ](?:[A-Z][\w’'-]*[ ])?(?:film|movie)\b|\bfeature-length\b"
)
"""How an article about a film names its subject."""
_SERIES_WRITTEN = lazy_pattern(
    r"[ “\"‘']*(?:The|Its)[ ](?:original[ ]|TV[ ]|television[ ])?(?:series|show),[ ]"
    r"(?:which[ ]was[ ])?(?:adapted|written|penned|scripted)[ ]by[ ]"
)
"""The series as the sentence's subject, its writer set off after it."""
_TITLED_SERIES_RUN = lazy_pattern(
    r"[ “\"‘']*[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3},[ ]"
    r"(?:adapted|written|penned|scripted)[ ]by[ ][^,;:.]{1,80},[ ](?:ran|aired)[ ](?:for|over)[ ]"
    r"(?:one|two|three|four|five|six|seven|\d+)[ ](?:series|seasons?)\b"
)
"""The series named by its title, its writer set off after it, then its run ("Gullwick, written
by A from her own novels, ran for three series"): a past run is the show's, never the film's."""
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
_CUES = ("series, ", "show, ", "ran for ", "ran over ", "aired for ", "aired over ", " were ")
"""The words one of the patterns needs (tested first: most articles have none)."""
_RUN_ROLES = (CrewRole.DIRECTOR, CrewRole.WRITER)


def series_writers_dropped(
    doc: Doc, raw: list[tuple[str, CrewRole, str]]
) -> list[tuple[str, CrewRole, str]]:
    """``raw`` without the writer credits a film article gives the series it comes from."""
    if not any(word in doc.text for word in _CUES):
        return raw
    if len(_FILM_WORDS.findall(doc.text)) < 2:
        return raw
    return [
        (name, role, evidence)
        for name, role, evidence in raw
        if (
            role is not CrewRole.WRITER
            or (
                _SERIES_WRITTEN.match(evidence) is None
                and _TITLED_SERIES_RUN.match(evidence) is None
            )
        )
        and (
            role not in _RUN_ROLES
            or _EARLIER_RUNS.match(evidence) is None
            or _FILM_TOO.search(evidence) is not None
        )
    ]
