"""A fronted credit whose list runs on into the sentence's subject, the article's own title
("Directed by X and written by Y, Rook and Lantern is adapted from ..."), credits no one by the
title's words, an all-capitals headline naming it; the credited people keep their credits
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts


def _crew(title: str, *paragraphs: str) -> set[tuple[str, str]]:
    return {(c.name, c.role.value) for c in facts(*paragraphs, title=title).crew if c.served}


_LEDE = "Filming has begun on Rook and Lantern, with Mina Farrow and Ida Brannock in the leads."


def test_the_titles_words_are_no_writers() -> None:
    for title, lede in (
        ("GREYLAKE PICTURES BEGINS PRODUCTION ON ‘ROOK AND LANTERN’", _LEDE),
        ("GREYLAKE PICTURES STARTS FILMING “ROOK AND LANTERN” IN CUMBRIA", _LEDE),
    ):
        crew = _crew(
            title,
            lede,
            "Directed by Greta Vance and written by Tomas Ashgrove, Rook and Lantern is adapted"
            " from the 2019 novel by Petra Linn.",
        )
        assert ("Tomas Ashgrove", "writer") in crew, title
        assert not {name for name, _ in crew} & {"Rook", "Lantern"}, title


def test_a_second_wording_with_the_producers() -> None:
    crew = _crew(
        "GREYLAKE PICTURES BEGINS PRODUCTION ON ‘ROOK AND LANTERN’",
        _LEDE,
        "Produced by Greta Vance and Tomas Ashgrove, Rook and Lantern shoots in Cumbria.",
    )
    assert not {name for name, _ in crew} & {"Rook", "Lantern"}


def test_a_list_ending_before_a_common_subject_is_unchanged() -> None:
    crew = _crew(
        "Greylake Pictures begins production on ‘Rook and Lantern’",
        _LEDE,
        "Directed by Greta Vance and written by Tomas Ashgrove, the film is adapted from the"
        " 2019 novel by Petra Linn.",
    )
    assert {("Greta Vance", "director"), ("Tomas Ashgrove", "writer")} <= crew
