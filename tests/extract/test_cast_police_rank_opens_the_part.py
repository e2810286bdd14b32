"""A police rank in capitals opens a part's name ("as DI Ros Pell", "plays DS Owen Tate"): it
stays on the part, as the cast list writes it; capitals that describe the part ("as MI5 handler
Ros Pell") still do not (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Marrowgate, a new crime drama, starts on ITV1 on Sunday."


def test_a_police_rank_in_capitals_stays_on_the_part() -> None:
    for sentence, pair in (
        (
            "The series stars Hana Gilmour as DI Ros Pell, a detective.",
            ("Hana Gilmour", "DI Ros Pell"),
        ),
        ("Tobi Raine plays DS Owen Tate, her partner.", ("Tobi Raine", "DS Owen Tate")),
        ("Lia Ferro stars as DCI Maud Rusk.", ("Lia Ferro", "DCI Maud Rusk")),
    ):
        found = served_pairs(facts(_LEDE, sentence))
        assert pair in found, sentence


def test_describing_capitals_stay_off_the_part() -> None:
    found = served_pairs(facts(_LEDE, "Hana Gilmour stars as MI5 handler Ros Pell."))
    assert ("Hana Gilmour", "Ros Pell") in found
