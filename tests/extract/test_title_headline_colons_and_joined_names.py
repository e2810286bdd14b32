"""A name followed in a headline by a colon and the headline's own words ("X: newcomer joins
cast", "How to watch X: release date") is used whole, not as part of a longer "X: Y"; a name
whose parts are joined by "&" is not held back because a part is also a person's surname."""

from __future__ import annotations

from tests.extract.helpers import served_titles


def _titles(*paragraphs: str, title: str) -> list[str]:
    return served_titles(*paragraphs, date="2026-03-02", title=title)


_LEDE = (
    "Filming on Quillmere Forever, the feature-length finale to Lumen's drama, began on "
    "Monday in Leeds.",
    "Quillmere Forever is due on Lumen next spring.",
)


def test_a_headline_sentence_after_the_colon() -> None:
    title = "Quillmere Forever: Welsh newcomer joins cast as filming starts"
    assert _titles(*_LEDE, title=title) == ["Quillmere Forever"]


def test_lowercase_words_after_the_colon() -> None:
    title = "How to watch Quillmere Forever: release date and where to stream it"
    assert _titles(*_LEDE, title=title) == ["Quillmere Forever"]


def test_a_capitalised_subtitle_is_a_longer_name() -> None:
    lede = (*_LEDE, "Quillmere Forever: The Last Tide is the sequel's working name.")
    assert "Quillmere Forever" not in _titles(*lede, title="Quillmere Forever begins filming")


def test_a_joined_name_whose_part_is_a_surname() -> None:
    paragraphs = (
        "Lumen has released a teaser for Brasset & Lorne, a comedy for Lumen about "
        "two rival florists.",
        "Tamsin Lorne is played by Harlow Pendrick. Brasset & Lorne starts in May.",
    )
    assert _titles(*paragraphs, title="Brasset & Lorne teaser: five things we spotted") == [
        "Brasset & Lorne"
    ]


def test_a_joined_names_part_used_alone_is_held() -> None:
    paragraphs = (
        "Lumen has released a teaser for Brasset & Lorne, a comedy for Lumen about "
        "two rival florists.",
        "Lorne, the shop, is the heart of it. Brasset & Lorne starts in May.",
    )
    assert _titles(*paragraphs, title="Brasset & Lorne teaser: five things we spotted") == []
