"""A crowd (fans, the trades) naming a thing it names first, straight before the marks ("fans
have taken to calling the theme “...”"): a nickname the writer reports, no one's quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Composer Tilde Marrack has scored all three series of Ferrow Bay for the BBC."


def test_fans_calling_a_score_a_name_is_no_quote() -> None:
    found = facts(
        _LEDE,
        "Online, fans have taken to calling the main theme “the kettle waltz”, which Marrack"
        " finds funny.",
    )
    assert not any(text.startswith("the kettle") for text, _ in served_quotes(found))


def test_the_trades_dubbing_it_is_no_quote() -> None:
    found = facts(_LEDE, "The trades quickly dubbed it “the quiet hit”.")
    assert not any(text.startswith("the quiet") for text, _ in served_quotes(found))


def test_a_person_calling_the_score_a_name_keeps_the_quote() -> None:
    found = facts(
        _LEDE,
        "Marrack has taken to calling the main theme “a lullaby for grown-ups”, she said.",
    )
    assert any(text.startswith("a lullaby") for text, _ in served_quotes(found))
