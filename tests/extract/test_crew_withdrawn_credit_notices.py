"""A correction's withdrawn credit is dropped: "we said the film was directed by A", "An earlier
version of this article, published on 2 May, said ... the film was being directed by A"
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Kestrelmoor Forever, the Netflix film of the show, wrapped in Kent on Friday."


def _crew(*paragraphs: str, title: str | None = None) -> set[tuple[str, str]]:
    found = facts(_LEDE, *paragraphs, title=title)
    return {(c.role.value, c.name) for c in found.crew if c.served}


def test_a_withdrawn_director_is_dropped() -> None:
    for notice in (
        "Correction: In an earlier post (18:52) we said the film was directed by Pell Harrow."
        " The film is directed by Ruan Tessick. We apologise for the error.",
        "An earlier version of this article, published on 2 May, said that the shoot began on"
        " 1 May and that the film was being directed by Pell Harrow. Both statements were wrong.",
    ):
        crew = _crew(notice, "The film is directed by Ruan Tessick.")
        assert ("director", "Pell Harrow") not in crew, notice
        assert ("director", "Ruan Tessick") in crew, notice
