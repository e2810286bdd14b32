"""Quotes on invented text: words in marks that label a kind of post ("removing “finale
leaked” posts"), the source a rumour claims ("clips “from a cousin who works at ...”") and a
working name ("only ever been referred to as “...”") are no one's quote; a line a pronoun
whispers over a shot of the work is held; a pronoun after a fronted phrase naming a work's
maker is not the maker; a round-up entry's caption is its heading person's, never the part the
entry says she plays."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _served(found: ArticleFacts) -> list[tuple[str, str]]:
    return [(q.text[:20], q.speaker) for q in found.quotes if q.served]


def test_words_in_marks_before_a_plural_post_noun_are_a_label() -> None:
    for sentence in (
        "Quenby Ashdale has said so often, and moderators will be removing “finale leaked???” "
        "posts on sight.",
        "Brightwell only said the trailer is coming in spring, so please don't share "
        "“leaked cut” links, they are all scams.",
    ):
        found = facts(
            "Saltgrave, starring Quenby Ashdale, wrapped in May.",
            sentence,
            date="2025-06-02",
            title="Saltgrave: the rules for the finale",
        )
        assert _served(found) == [], _served(found)


def test_a_quoted_count_before_a_plural_noun_is_still_someones_words() -> None:
    found = facts(
        "Saltgrave, starring Quenby Ashdale, wrapped in May.",
        "Linnet Pellham said the office had received “more than forty” messages from fans.",
        date="2025-06-02",
        title="Saltgrave fans write in",
    )
    assert ("more than forty", "Linnet Pellham") in _served(found), _served(found)


def test_the_source_a_rumour_claims_is_no_ones_quote() -> None:
    found = facts(
        "Saltgrave, starring Quenby Ashdale, wrapped in May.",
        "If you see clips or screeners “from a cousin who works at Brightwell”, report the "
        "post and move on.",
        date="2025-06-02",
        title="Saltgrave: the rules for the finale",
    )
    assert _served(found) == [], _served(found)
    assert found.quotes, "the words are kept, held for review"


def test_a_source_a_named_speaker_gives_is_still_theirs() -> None:
    found = facts(
        "Saltgrave, starring Quenby Ashdale, wrapped in May.",
        "Quenby Ashdale said she had heard the news “from the producers themselves”.",
        date="2025-06-02",
        title="Saltgrave wraps",
    )
    assert ("from the producers t", "Quenby Ashdale") in _served(found), _served(found)


def test_a_working_name_referred_to_in_the_passive_is_no_quote() -> None:
    found = facts(
        "Saltgrave, starring Quenby Ashdale, wrapped in May.",
        "Not yet. The sequel has only ever been referred to as “the Saltgrave movie”, and "
        "Quenby Ashdale told fans last week that the name “will be worth the wait”.",
        date="2025-06-02",
        title="Everything we know about the Saltgrave sequel",
    )
    assert _served(found) == [("will be worth the wa", "Quenby Ashdale")], _served(found)


def test_a_line_whispered_over_a_shot_of_the_work_is_held() -> None:
    for paragraph in (
        "The trailer opens on Mara running through the marsh. Over the final shot, she "
        "whispers, ‘The reeds keep count.’ The room is silent.",
        "Linnet Pellham plays Mara Voss. The teaser's final shot, in which she leans into the "
        "frame and whispers “The reeds keep count,” has already become a meme.",
    ):
        found = facts(
            "Saltgrave, starring Linnet Pellham, arrives in March.",
            paragraph,
            date="2025-11-20",
            title="Saltgrave: first teaser",
        )
        assert _served(found) == [], _served(found)
        assert found.quotes, "the words are kept, held for review"


def test_a_maker_talking_about_a_shot_is_still_quoted() -> None:
    found = facts(
        "Saltgrave, starring Linnet Pellham, arrives in March.",
        "Director Quenby Ashdale says the final shot took a whole night. “We did it nineteen "
        "times,” she says.",
        date="2025-11-20",
        title="Saltgrave: first teaser",
    )
    assert ("We did it nineteen t", "Quenby Ashdale") in _served(found), _served(found)


def test_a_pronoun_after_a_fronted_makers_phrase_is_not_the_maker() -> None:
    found = facts(
        "Wrenna Caskey is explaining, over coffee, how she learned to row. “You don’t fight "
        "the water,” she says.",
        "The 29-year-old has reason to know. In Saltgrave, the six-part drama created by "
        "Marrick Smeet, she plays Dana Vintmore, a ferry pilot. The series lands in May.",
        "“I said no twice before I said yes,” she tells me.",
        date="2025-04-18",
        title="‘I said no twice’: Wrenna Caskey on Saltgrave",
    )
    assert ("I said no twice befo", "Wrenna Caskey") in _served(found), _served(found)
    assert all(s != "Marrick Smeet" for _, s in _served(found)), _served(found)


def test_a_pronoun_after_a_fronted_phrase_naming_someone_else_is_them() -> None:
    found = facts(
        "Saltgrave, starring Linnet Pellham, wrapped in May.",
        "Edit: adding Marrick Smeet as Tom, he confirmed it himself on his story last night. "
        "“packing the ferry mugs again” was the whole caption lol",
        date="2025-06-02",
        title="Saltgrave wraps",
    )
    assert ("packing the ferry mu", "Marrick Smeet") in _served(found), _served(found)


def test_a_round_up_caption_is_the_heading_persons_not_her_described_part() -> None:
    found = facts(
        "The cast have been posting their goodbyes. Here are the best.",
        "Linnet Pellham",
        "Pellham posted a photo of the last slate: “That’s a wrap on Saltgrave.”",
        "Corla Vintmore",
        "The newcomer – she plays Dana’s aunt, Dr Hesper Dunmere – signed off with a photo of "
        "the set and the words: “See you soon, Hull.”",
        date="2025-10-04",
        title="Saltgrave cast say goodbye: all the best posts",
    )
    speakers = dict(_served(found))
    assert speakers.get("See you soon, Hull.") == "Corla Vintmore", _served(found)
    assert "Hesper Dunmere" not in speakers.values()


def test_a_name_after_a_described_part_that_begins_a_clause_still_speaks() -> None:
    found = facts(
        "Saltgrave, starring Linnet Pellham, wrapped in May.",
        "Linnet Pellham plays the ferry pilot, Corla Vintmore said. “She was the only choice,” "
        "Vintmore added.",
        date="2025-06-02",
        title="Saltgrave wraps",
    )
    assert ("She was the only cho", "Corla Vintmore") in _served(found), _served(found)
