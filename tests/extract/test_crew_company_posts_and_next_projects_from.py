"""A platform's or a broadcaster's executive named by a title-case post with its department
after a comma ("X, Director, Original Drama at a streamer") holds a post at the company, not a
credit on the film; a next project's director brought in by "from" ("her next project, a
Danish feature from director X") made that work, not the article's."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_HEAD = "Hollyhock Rise gets a feature-length finale"
_LEDE = "Hollyhock Rise, the BBC drama about a beekeeping family, will end with a feature film."


def test_company_post_with_department_is_no_director() -> None:
    served = served_crew(
        _LEDE,
        "“We could not be prouder,” said Morwenna Tredgold-Quill, Director, Scripted Originals at "
        "Streamly.",
        "“It is a gift to our viewers,” added Hollis Brandt-Orme, Executive Producer, Factual "
        "for Channel Nine.",
        "Tamsin Okoro, Head, Drama Commissioning at the BBC, said the film was a joy.",
        title=_HEAD,
    )
    assert ("director", "Morwenna Tredgold-Quill") not in served
    assert ("executive_producer", "Hollis Brandt-Orme") not in served


def test_apposed_role_still_credits() -> None:
    served = served_crew(
        _LEDE,
        "“It was a long road,” said Oriel Fenwick-Sato, the director, at the screening.",
        title=_HEAD,
    )
    assert ("director", "Oriel Fenwick-Sato") in served


def test_next_project_from_director_is_that_works() -> None:
    served = served_crew(
        "Composer Delphine Ostrova scored Hollyhock Rise, the BBC drama about a beekeeping family.",
        "She has already begun her next project, a Danish feature from director Marek "
        "Zielinski-Bohm, which shoots in Aarhus next spring.",
        "Next up for Ostrova is a road movie from the director Ilse Quernby.",
        title="Meet the composer behind Hollyhock Rise",
    )
    assert ("director", "Marek Zielinski-Bohm") not in served
    assert ("director", "Ilse Quernby") not in served
