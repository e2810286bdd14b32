"""Who a profile's "“...,” the N-year-old says" stands for when the article gives that age to
no one: never a director named in passing ("the drama from director X", "directed by X") whom
the article credits only behind the camera; the profile's own subject is."""

from tests.extract.helpers import facts, served_quotes


def _speakers(*paragraphs: str) -> set[str]:
    return {speaker for _, speaker in served_quotes(facts(*paragraphs))}


def test_an_unknown_age_is_not_the_director_named_before() -> None:
    found = _speakers(
        "Pilar Okonedo-Vance laughs at the rain on the harbour wall.",
        "We are back in Whitby, where she shot “The Lantern Keeper”, the drama from director "
        "Marek Holtzbrink that opens in October. She plays a lighthouse keeper’s daughter.",
        "“I wanted someone who never apologises,” the 34-year-old says. “That was the key.”",
    )
    assert "Marek Holtzbrink" not in found


def test_an_unknown_age_is_not_the_director_by() -> None:
    found = _speakers(
        "Corwin Ashdale orders a second breakfast at the café, then a third, and apologises "
        "for none of it. He has been up since five, he says, walking the dog along the canal "
        "and learning lines for a play that opens in the spring. The waiter knows him by name "
        "and brings the jam without being asked, which he says is the only fame he wants.",
        "His new film, “Glass Orchard”, was directed by Sabine Trelawny and opens in June. He "
        "plays a grower who loses the farm.",
        "“It is the first time I have played a father,” the 29-year-old says.",
    )
    assert "Sabine Trelawny" not in found
