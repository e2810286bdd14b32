""" "Y takes over as Mira's flatmate": Mira owns the part described next; Y does not play Mira.
The part is the one the article names elsewhere ("the role of Wren Hollis, Mira's flatmate")."""

from tests.extract.helpers import facts, served_pairs


def test_takes_over_as_a_leads_flatmate_is_not_the_lead() -> None:
    served = served_pairs(
        facts(
            "Stage actor Marla Quennell takes over as Tobin's university flatmate as cameras "
            "roll in Leeds on the Harbour Lamps film.",
            "Marla Quennell has stepped into the role of Wren Hollis, Tobin Adair's flatmate.",
            "Dario Vell returns as Tobin Adair.",
        )
    )
    assert ("Marla Quennell", "Tobin Adair") not in served
    assert ("Marla Quennell", "Wren Hollis") in served
    assert ("Dario Vell", "Tobin Adair") in served


def test_took_over_as_a_characters_sister_is_not_that_character() -> None:
    served = served_pairs(
        facts(
            "Newcomer Isla Brenlow took over as Jonas’s older sister as filming began.",
            "Kerr Maddox plays Jonas Vey, the boy at the centre of the story.",
        )
    )
    assert ("Isla Brenlow", "Jonas Vey") not in served
    assert ("Kerr Maddox", "Jonas Vey") in served


def test_took_over_as_a_named_part_still_serves() -> None:
    served = served_pairs(
        facts(
            "Ros Delane has left the series. Petra Olund took over as Mira Holt in May.",
        )
    )
    assert ("Petra Olund", "Mira Holt") in served
