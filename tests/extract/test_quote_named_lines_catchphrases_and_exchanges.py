"""Quotes on invented text: words a sentence names as a line of the work or a part's catchphrase
("the line that will end up on a mug: “...”", "the captain's catchphrase, “...”,") are held;
a remembered exchange of bare lines ("“Hello.” “Hello.”") no one is named to say is held."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_named_line_or_catchphrase_is_held() -> None:
    for line in (
        "Pendry Lusty, who plays the ferryman, is handed the line destined for a hundred"
        " mugs: ‘The river keeps what it takes.’",
        "Best of all is the moment with the big line everyone will quote: “The river keeps what"
        " it takes.”",
        "Half the town now greets each other with the ferryman’s catchphrase, “The river keeps"
        " what it takes,” at the bus stop.",
        "Viewers have adopted the show's tagline – “The river keeps what it takes” – as a meme.",
    ):
        found = facts(
            "Quillmarsh, the fantasy series, returns to Vellum TV in May.",
            "Pendry Lusty plays the ferryman.",
            line,
            date="2026-02-10",
            title="Quillmarsh trailer: six things we spotted",
        )
        assert not served_quotes(found), served_quotes(found)


def test_a_line_someone_says_off_screen_is_still_theirs() -> None:
    found = facts(
        "Quillmarsh returns to Vellum TV in May.",
        "Pendry Lusty told reporters at the premiere, “The river keeps what it takes, and so do"
        " I.”",
        date="2026-02-10",
        title="Quillmarsh premiere",
    )
    assert served_quotes(found), found


def test_a_remembered_exchange_of_bare_lines_is_held() -> None:
    for line in (
        "Went back to the reunion episode. “You’re late.” “I know.” I was a wreck.",
        "Still thinking about the pier scene. ‘You came back.’ ‘I always do.’ Ruined me.",
    ):
        found = facts(
            "Quillmarsh returns to Vellum TV in May.",
            line,
            date="2026-02-10",
            title="Couch Log: what I'm watching",
        )
        assert not served_quotes(found), served_quotes(found)
