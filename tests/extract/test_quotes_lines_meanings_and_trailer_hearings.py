"""Words that are not a person's quote: a phrase's meaning glossed in marks, a line an actor is
heard saying in a trailer, and a trailer's line said to come from a part."""

from tests.extract.helpers import facts, served_quotes

_LEDE = "Ada Vale has wrapped the second series of Low Tide, the coastal drama."


def test_a_glossed_meaning_is_held() -> None:
    found = facts(
        _LEDE,
        "Vale posted a photo of the crew. “Best summer of my life. Diolch o galon,” she wrote. "
        "The Welsh phrase means “thank you from the heart”, for anyone wondering.",
    )
    assert served_quotes(found) == [("Best summer ", "Ada Vale")]


def test_a_translated_phrase_is_held() -> None:
    found = facts(
        _LEDE,
        "Co-star Tomas Reyne signed off with “hasta pronto”, which translates as ‘see you "
        "soon’. “We had a ball,” he said.",
    )
    quotes = served_quotes(found)
    assert ("see you soon", "Tomas Reyne") not in quotes
    assert ("We had a bal", "Tomas Reyne") in quotes


def test_a_phrase_roughly_meaning_is_held() -> None:
    found = facts(
        _LEDE,
        "Director Mira Solt closed her speech with “slàinte”, roughly meaning “good health”. "
        "“Now go home,” she told the crew.",
    )
    quotes = [text for text, _ in served_quotes(found)]
    assert "good health" not in quotes
    assert "Now go home" in quotes


def test_an_actor_heard_saying_a_line_in_the_trailer_is_held() -> None:
    found = facts(
        _LEDE,
        "Fans were quick to react. One wrote that hearing Ada Vale say “come home, Jo” in the "
        "trailer had ruined her afternoon.",
    )
    quotes = [text for text, _ in served_quotes(found)]
    assert "come home, J" not in quotes


def test_an_actor_seen_telling_a_line_in_the_teaser_is_held() -> None:
    found = facts(
        _LEDE,
        "Watching Tomas Reyne tell his brother “the boat stays” in the teaser is the best "
        "thirty seconds of the year. “I cried,” admitted Mira Solt.",
    )
    quotes = served_quotes(found)
    assert [text for text, _ in quotes] == ["I cried"]


def test_a_trailer_line_that_comes_from_a_part_is_held() -> None:
    found = facts(
        "The first trailer for Low Tide landed on Tuesday. Ada Vale plays Jo Marsh and Tomas "
        "Reyne plays her brother, Col.",
        "It is ninety seconds of storms. The line everyone will be repeating comes from Jo: "
        "“Nobody leaves this island twice.”",
    )
    assert not [text for text, _ in served_quotes(found) if text.startswith("Nobody")]
