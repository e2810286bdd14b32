"""Quotes: nicknames, described words, synopses, pronouns and answers; kinds of failure met in
blind batch 7, each on invented text (none of its names)."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts, served_quote_sources


def test_a_nickname_given_by_fans_is_no_quote() -> None:
    found = served_quote_sources(
        "Lantern Bay adds a new lodger.",
        "Sol Pike, played by Dev Mistry: the new lodger, who viewers have already nicknamed "
        "“the houseguest from the abyss” after one clip.",
    )
    assert "the houseguest from the abyss" not in found


def test_words_someone_described_belong_to_them_or_to_nobody() -> None:
    found = served_quote_sources(
        "Lantern Bay adds a new face.",
        "The studio has also confirmed a second addition. Welsh newcomer Bryn Tallis will play "
        "Moss, a sailor that Greta meets in Tenby, in what Quill has described online as "
        "“Greta’s chapter, at last”.",
    )
    assert found.get("Greta’s chapter, at last", ("", SourceKind.UNATTRIBUTED))[0] != "Bryn Tallis"
    assert ("Bryn Tallis", SourceKind.PERSON) not in found.values()


def test_a_synopsis_is_its_publishers_even_when_another_company_is_named() -> None:
    found = served_quote_sources(
        "Where to watch The Harbour Heist.",
        "The Harbour Heist premieres on Vantage Stream on Friday. Streamline passed on it.",
        "Vantage Stream's official synopsis reads: \"Ten years after the robbery, Mara Voss "
        'returns to the docks for one more job."',
    )
    text = "Ten years after the robbery, Mara Voss returns to the docks for one more job."
    assert found[text] == ("Vantage Stream", SourceKind.ORGANISATION)


def test_a_pronoun_that_cannot_be_placed_credits_nobody() -> None:
    found = served_quote_sources(
        "Lantern Bay author Marta Quill wrote a note to readers.",
        "Quill said the ending came late. When Dev read the last scene at the table read, he "
        "put the script down and said, 'That is it,' and the room went quiet.",
    )
    assert "That is it" not in found or found["That is it"][0] != "Marta Quill"


def test_he_said_inside_an_answer_is_not_the_answerer() -> None:
    found = facts(
        "Lantern Bay author Marta Quill talks about the final film.",
        "Glamour: Marta, was the ending always this one?",
        "Marta Quill: Mostly. When Dev read the last scene at the table read, he put the script "
        "down and said, 'That is it,' and that was when I stopped changing it.",
    )
    inner = [q for q in found.quotes if q.text == "That is it"]
    assert inner
    assert all(q.speaker != "Marta Quill" for q in inner if q.served)
