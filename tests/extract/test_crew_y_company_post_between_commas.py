"""A company's executive told by a title-case post, department and company, each after a comma
("X, Director, Original Drama, Streamly, said") holds a post at the company, not a credit; a
credit apposed with commas keeps its role (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Streamly dates the Marrowgate film for May"
_LEDE = "The Marrowgate film, which ends the drama, arrives on Streamly in May."


def _directors(sentence: str) -> set[str]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {c.name for c in found if c.served and c.role.value == "director"}


def test_a_post_with_department_and_company_is_no_credit() -> None:
    for sentence in (
        "Peronel Thwaite, Director, Original Drama, Streamly, said: “We are thrilled.”",
        "“We are thrilled,” said Peronel Thwaite, Director, Scripted Series, Streamly.",
        "Peronel Thwaite, Director, UK Film, Streamly, added that fans would be pleased.",
    ):
        assert "Peronel Thwaite" not in _directors(sentence), sentence


def test_the_films_director_apposed_stays() -> None:
    sentence = "The film's director, Peronel Thwaite, said the ending was always planned."
    assert "Peronel Thwaite" in _directors(sentence)
