"""A chart report's fronted credit ("Directed by X, it ...") right after a sentence that
brings in another film ("T, the new heist comedy starring ..., opened in third") is that
film's, when the lede is about a different one (invented articles, none of the corpus's
names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def _chart(*sentences: str) -> set[tuple[str, str]]:
    return served_crew(
        "Ilse Varga's ghost story The Salt Bell stayed at No 1 for a third weekend.",
        "The Salt Bell is directed by Ilse Varga. It took £1.4m on Friday to Sunday.",
        " ".join(sentences),
        title="Box office: ‘The Salt Bell’ holds on as ‘Ironclad Row’ opens",
    )


def test_a_fronted_director_after_another_film_is_that_films() -> None:
    found = _chart(
        "Ironclad Row, the new heist comedy starring Pim Adeyemi-Hart, opened in third with £0.9m.",
        "Directed by Corwin Blaise-Otter, it cost a reported £30m.",
    )
    assert ("director", "Corwin Blaise-Otter") not in found
    assert ("director", "Ilse Varga") in found


def test_a_fronted_writer_after_another_film_is_that_films() -> None:
    found = _chart(
        "Ironclad Row, a period drama about dockers, slipped to fourth.",
        "Written by Tamsin Ebbe-Lowry, the film premiered at Venice.",
    )
    assert ("writer", "Tamsin Ebbe-Lowry") not in found


def test_a_fronted_director_after_our_own_film_stays() -> None:
    found = served_crew(
        "The Salt Bell, the new ghost story starring Pim Adeyemi-Hart, opens on Friday.",
        "Directed by Corwin Blaise-Otter, it was shot in Orkney.",
        title="The Salt Bell: first look",
    )
    assert ("director", "Corwin Blaise-Otter") in found
