"""Earlier instalments in the plural as a passive credit's subject ("Earlier seasons of the show
were directed by X", "The previous Tamsfield series were scored by Y"), on the page of the film
that follows them: those runs' makers, not the film's; a clause that gives the film the same
name ("and the film is written by her too") keeps the credit, and so does the film's own."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Tamsfield: the film that closes the story"
_LEDE = "Tamsfield: The Last Term, the film that ends the school drama, arrives next month."


def test_earlier_seasons_of_the_show_credit_no_one_on_the_film() -> None:
    crew = served_crew(
        _LEDE,
        "Earlier seasons of the streaming show were directed by Orla Venn and Piet Sandor and"
        " looked far cooler; the film goes for warmth.",
        title=_TITLE,
    )
    assert ("director", "Orla Venn") not in crew
    assert ("director", "Piet Sandor") not in crew


def test_the_previous_named_series_credit_no_one_on_the_film() -> None:
    crew = served_crew(
        _LEDE,
        "The previous Tamsfield series were scored by Maren Holt; the film has a new composer.",
        title=_TITLE,
    )
    assert ("composer", "Maren Holt") not in crew


def test_the_same_name_given_the_film_too_keeps_the_credit() -> None:
    crew = served_crew(
        _LEDE,
        "Earlier seasons were written by Maren Holt, and the film is scripted by her as well.",
        title=_TITLE,
    )
    assert ("writer", "Maren Holt") in crew


def test_the_film_itself_keeps_its_passive_credit() -> None:
    crew = served_crew(
        _LEDE,
        "The film was directed by Orla Venn and shot in Leeds over the winter.",
        title=_TITLE,
    )
    assert ("director", "Orla Venn") in crew
