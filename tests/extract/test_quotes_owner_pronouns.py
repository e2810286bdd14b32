"""A "she says" after a sentence that names a second person only as an owner ("X's drama") is
the profile's subject's: a possessive gives no evidence of whom the pronoun stands for."""

from tests.extract.helpers import facts, served_quotes


def test_a_profiles_she_is_not_the_director_named_as_the_films_owner() -> None:
    found = facts(
        "Mirela Voss does not like the word “gloomy”. Every review of The Salt Orchard, Tobin"
        " Achebe-Lund’s coastal thriller which opened at the festival last week, has used it,"
        " and every time she reads it she sighs.",
        "“People say gloomy when they mean grey,” she says, tapping the table.",
        "Achebe-Lund, who also wrote the script, says he never considered anyone else.",
        title="How Mirela Voss lit The Salt Orchard",
    )
    assert ("People say g", "Mirela Voss") in served_quotes(found)
    assert all(speaker != "Tobin Achebe-Lund" for _, speaker in served_quotes(found)[:1])


def test_an_owner_in_an_aside_does_not_take_the_pronoun_in_another_phrasing() -> None:
    found = facts(
        "Petra Okonjo-Hale has heard the word “bleak” a lot lately. Critics of Low Water, Anselm"
        " Greve’s harbour drama, keep reaching for it, and whenever she hears it she laughs.",
        "“Bleak is just honest with the lights off,” she says.",
        "Greve says he hired her after one meeting.",
        title="Petra Okonjo-Hale: the designer behind Low Water",
    )
    assert served_quotes(found)[0] == ("Bleak is jus", "Petra Okonjo-Hale")


def test_an_owner_in_a_paragraph_about_no_one_else_still_takes_the_pronoun() -> None:
    found = facts(
        "Oriane Sallis spent a decade trying to film her grandfather’s ferry stories.",
        "That story is now Tidewater, Sallis’s first feature, which she wrote and directed.",
        "“Every producer wanted a bigger boat,” she says.",
    )
    assert served_quotes(found) == [("Every produc", "Oriane Sallis")]
