"""Review mends of round 144 (invented text): words after someone recalls another speaking, once
the sentence turns back to the one remembering ("..., and laughs: “...”"), are the rememberer's;
a being told inside a title cue's subject ("The film about a boy and his dog is called X") does
not hide the work's title; a classic's revival or production at a venue of any name is that
staging's part, not the screen work's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes, served_releases


def test_words_after_a_turn_back_to_the_one_remembering_are_not_the_remembered_ones() -> None:
    found = facts(
        "Ilsa Thorncombe stars in Gorsey Hobb, out in May.",
        "Thorncombe recalled Marrit Wendle telling her she was too young for the part, and laughs:"
        " “I was nineteen and terrified.”",
    )
    said = {q.text: q.speaker for q in found.quotes if q.served}
    assert said.get("I was nineteen and terrified.") != "Marrit Wendle"


def test_words_the_remembered_one_speaks_are_never_the_rememberers() -> None:
    found = facts(
        "Ilsa Thorncombe stars in Gorsey Hobb, out in May.",
        "Thorncombe recalled Marrit Wendle telling the young cast on her first day, “Nobody here"
        " bites.”",
    )
    assert ("Nobody here ", "Ilsa Thorncombe") not in served_quotes(found)


def test_a_being_inside_the_title_cues_subject_leaves_the_title() -> None:
    for line in (
        "The new film about a boy and his dog is called Gorsey Hobb.",
        "Her drama about a lighthouse keeper and his daughter is called Gorsey Hobb.",
    ):
        found = served_releases(
            "Cameras rolled on the new drama this week.", line, date="2026-02-11", title="On set"
        )
        assert "Gorsey Hobb" in {r.title for r in found}, line


def test_a_part_in_a_staging_at_a_venue_of_any_name_is_not_the_screen_works() -> None:
    lede = "Ilsa Thorncombe plays Nell in Gorsey Hobb, back in June."
    for sentence in (
        "Thorncombe will play Iona in a production of Wendle Yard at the Lanthorn.",
        "Thorncombe will play Iona in a staging of Wendle Yard at the Marrit Rooms.",
    ):
        cast = facts(lede, sentence, title="Ilsa Thorncombe on Gorsey Hobb").cast
        assert ("Ilsa Thorncombe", "Iona") not in {
            (c.actor, c.character) for c in cast if c.served
        }, sentence
