"""Words in marks that end on a full stop inside them (‘Hello.’) are a line of speech, not a
work's title: when the sentence split leaves them opening a sentence ("‘Hello.’ – beside a photo
of ..."), the castings after it are still the article's own. A title in marks opening the
sentence (“Tarn Year” opens ...) still brings in another work. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Cast share first pictures as Lanterns of Brill starts filming"
_LEDE = "Filming began on Lanterns of Brill this week, and the cast took to social media."
_PAIRS = "Quarrie plays Marnie Fallowes and Oduya plays Elias Crane."


def _pairs(sentence: str) -> set[tuple[str, str]]:
    return served_pairs(facts(_LEDE, f"{sentence} {_PAIRS}", title=_TITLE))


def test_a_quoted_line_cut_off_by_the_split_is_no_other_work() -> None:
    found = _pairs(
        "One fan account posted the couple’s first exchange – ‘Hello.’ ‘Hello.’ – beside a"
        " photo of Odessa Quarrie and Bram Oduya outside the studio."
    )
    assert found == {("Odessa Quarrie", "Marnie Fallowes"), ("Bram Oduya", "Elias Crane")}


def test_a_quoted_title_opening_the_sentence_is_still_another_work() -> None:
    found = _pairs(
        "Odessa Quarrie and Bram Oduya were in Leeds last year. “Tarn Year” opens on ITV next week."
    )
    assert found == set()
