"""A film the lede names and the body tells as a screen work only by a relative clause of its
release ("X Y, which landed on Streamly last Friday, ...") or by a word of its making ("the X
Y edit", "the X Y panel"): those words, like "X Y review", tell the name as the work's, so the
name is the title. A name after "by" is a credit's person, whatever clause follows it."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_LEDE = "Lanternfall Evermore is a tender farewell, and proof Streamly was right to end it here."
_HEADLINE = "Lanternfall never needed a fifth season. It needed this"


def _titles(*body: str, lede: str = _LEDE) -> set[str]:
    found = served_releases(lede, *body, date="2027-03-02", title=_HEADLINE)
    return {r.title for r in found if r.title}


def test_a_relative_clause_of_release_tells_the_name_as_the_work() -> None:
    titles = _titles(
        "When Streamly said that Lanternfall would close with a film, I grumbled.",
        "Lanternfall Evermore, which landed on Streamly last Friday, is its best work.",
    )
    assert titles == {"Lanternfall Evermore"}


def test_a_word_of_the_works_making_tells_the_name_as_the_work() -> None:
    for word in ("edit", "panel", "gala", "screening", "ending"):
        titles = _titles(
            "When Streamly said that Lanternfall would close with a film, I grumbled.",
            f"I sat in on the Lanternfall Evermore {word} last week, and it is gentle.",
        )
        assert titles == {"Lanternfall Evermore"}, word


def test_without_a_work_word_the_name_is_not_served() -> None:
    titles = _titles(
        "When Streamly said that Lanternfall would close with a film, I grumbled.",
        "Lanternfall Evermore never loses its nerve, and the leads are wonderful.",
    )
    assert titles == set()


def test_a_name_credited_after_by_is_no_title() -> None:
    titles = _titles(
        "When Streamly said that Lanternfall would close with a film, I grumbled.",
        "It was directed by Odile Marchbank, which premiered on Streamly in March.",
        lede="Odile Marchbank talks about saying goodbye to Lanternfall.",
    )
    assert "Odile Marchbank" not in titles
