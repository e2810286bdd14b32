""" "Goes on" and "went on" say words only when they stand alone ("she went on, “...”"): "goes on
sale", "went on to direct", "went on long enough" tell of something else, so the name before
them is no speaker of a quotation after them."""

from bot.extract.attribution import pre_matches
from bot.facts import QuoteFact
from tests.extract.helpers import facts

_OPENING = "Mina Corrow’s debut feature Harrowgate Pier premiered in Leeds at the weekend."


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_goes_on_with_a_word_after_it_introduces_nothing() -> None:
    for phrase in ("goes on sale", "goes on release", "went on tour", "went on to direct"):
        pre = f"Harrowgate Pier {phrase} in May. Corrow hopes it may reach a festival, but "
        names = [match["name"] for match in pre_matches(pre)]
        assert "Harrowgate Pier" not in names, phrase


def test_goes_on_alone_still_says_words() -> None:
    for verb in ("goes on", "went on"):
        names = [match["name"] for match in pre_matches(f"Mina Corrow {verb}: ")]
        assert "Mina Corrow" in names, verb


def test_a_quote_after_a_work_goes_on_sale_is_not_the_work_s() -> None:
    quote = _quote(
        "nothing is settled",
        _OPENING,
        "Harrowgate Pier goes on sale on 9 May. Corrow hopes it may reach a festival or two,"
        " but “nothing is settled”.",
    )
    assert quote.speaker != "Harrowgate Pier"
