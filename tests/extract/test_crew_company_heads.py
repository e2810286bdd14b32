"""A name that is only the last word of a company's name opening with its company word ("Films
du Caron", "Film i Vest") is no producer: a credit must name a person (invented sentences, none
of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_a_co_producing_company_named_word_first_gives_no_producer() -> None:
    served = served_crew(
        "Lotte Brenning and Amos Treadwell are producing for Brenning Pictures, with Films du "
        "Caron co-producing."
    )
    assert {("producer", "Lotte Brenning"), ("producer", "Amos Treadwell")} <= served
    assert not any(name == "Caron" for _, name in served)


def test_a_regional_fund_named_word_first_gives_no_producer() -> None:
    served = served_crew(
        "Oda Fjellstad produces the thriller, with Film i Vest and Studio Halden producing "
        "alongside her."
    )
    assert ("producer", "Oda Fjellstad") in served
    assert not any(name in {"Vest", "Halden"} for _, name in served)


def test_a_person_named_on_their_own_keeps_the_credit() -> None:
    served = served_crew("Maren Vest is producing, with Rune Ask editing.")
    assert ("producer", "Maren Vest") in served


def test_a_producer_after_a_company_and_and_keeps_the_credit() -> None:
    served = served_crew(
        "Executive producers are Wren Halloway for Northgate Film and Idris Pell for Screen Wales."
    )
    assert {("executive_producer", "Wren Halloway"), ("executive_producer", "Idris Pell")} <= served
