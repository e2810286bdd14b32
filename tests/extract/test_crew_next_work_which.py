"""A profile's next work, named first, then "which she shoots ... under director X": X is
that work's director, not the article's."""

from tests.extract.helpers import served_crew


def test_feature_which_she_shoots_under_director() -> None:
    found = served_crew(
        "Hana Oyelaran on Marigold Lane.",
        "Next up is the Welsh-language feature Y Bont, which she shoots in Cardiff next spring "
        "under director Gwilym Rees-Arthur. She will play a miner.",
        "Marigold Lane is directed by Ruth Anand.",
    )
    assert ("director", "Gwilym Rees-Arthur") not in found
    assert ("director", "Ruth Anand") in found


def test_thriller_which_he_films_for_director() -> None:
    found = served_crew(
        "Tomas Reyes on Copper Bay.",
        "After that comes the thriller Cold Harbour, which he films in Oslo in the autumn for "
        "director Petra Lindqvist.",
        "Copper Bay is directed by Ines Varga.",
    )
    assert ("director", "Petra Lindqvist") not in found
    assert ("director", "Ines Varga") in found


def test_quoted_film_which_she_makes_with_director() -> None:
    found = served_crew(
        "Mira Castell on Copper Bay.",
        "Then there is the film ‘Salt Flats’, which she makes in Utah next year with director "
        "Abel Okafor.",
        "Copper Bay is directed by Ines Varga.",
    )
    assert ("director", "Abel Okafor") not in found
    assert ("director", "Ines Varga") in found
