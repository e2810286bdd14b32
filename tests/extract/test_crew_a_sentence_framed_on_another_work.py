"""A sentence framed on another work: "On The Quillon Affair, the director, X, wanted ..." looks
back at someone's earlier job, so neither X nor the title is the article's director; an opening
time or the article's own title keeps the credit (invented sentences and names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = (
    "Bryn Ardwick-Sayle cut Brindlecombe Forever, the Netflix film that ends the series, "
    "directed by Tamsin Oyelaran-Vick."
)
_TITLE = "The editor of Brindlecombe Forever on cutting a goodbye"


def test_a_sentence_opening_on_an_earlier_jobs_title() -> None:
    found = served_crew(
        _LEDE,
        "On The Quillon Affair, the director, Ivo Marchetti-Lund, wanted everything fast.",
        title=_TITLE,
    )
    names = {name for _, name in found}
    assert "Ivo Marchetti-Lund" not in names
    assert "Quillon Affair" not in names


def test_a_sentence_opening_on_a_day_keeps_its_credit() -> None:
    found = served_crew(
        _LEDE,
        "On Monday, the director, Ivo Marchetti-Lund, said the film was finished.",
        title=_TITLE,
    )
    assert ("director", "Ivo Marchetti-Lund") in found


def test_a_sentence_opening_on_our_title_keeps_its_credit() -> None:
    found = served_crew(
        _LEDE,
        "On Brindlecombe Forever, the composer, Ivo Marchetti-Lund, wanted no strings at all.",
        title=_TITLE,
    )
    assert ("composer", "Ivo Marchetti-Lund") in found


def test_a_sentence_opening_on_a_person_keeps_their_credit() -> None:
    found = served_crew(
        _LEDE,
        "On Tamsin Oyelaran-Vick, who directed the film, the editor is effusive.",
        title=_TITLE,
    )
    assert ("director", "Tamsin Oyelaran-Vick") in found
