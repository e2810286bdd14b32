"""A correction that quotes the page's own earlier, wrong wording ("The article also described
X's character as “...”") gives back words nobody said: held, not served. A named describer in
the same page keeps the quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = (
    "An earlier version of this article said that filming on Kestrel Reach began in March. "
    "That was wrong: it began in April."
)


def test_the_pages_own_wrong_wording_is_not_served() -> None:
    found = facts(
        _LEDE,
        "The article also described Pell Dunmore's character as “Roo's uncle”. Dunmore plays "
        "Roo's father.",
    )
    assert served_quotes(found) == []
    assert any(quote.text == "Roo's uncle" and not quote.served for quote in found.quotes)


def test_a_wrongly_worded_caption_is_not_served_without_a_notice() -> None:
    found = facts(
        "Kestrel Reach began filming in Bryher Cove in April.",
        "Our caption wrongly called the harbour “Morvah Quay”; it is Bryher Cove.",
    )
    assert served_quotes(found) == []


def test_a_named_describer_keeps_the_quote() -> None:
    found = facts(
        _LEDE,
        "Wenna Treloar described her character as “a storm in a teacup with a knife”.",
    )
    assert served_quotes(found) == [("a storm in a", "Wenna Treloar")]
