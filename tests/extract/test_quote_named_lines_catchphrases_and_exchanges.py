"""Quotes on invented text: words a sentence names as a line of the work or a part's catchphrase
("the line that will end up on a mug: “...”", "the captain's catchphrase, “...”,") are held;
a remembered exchange of bare lines ("“Hello.” “Hello.”") no one is named to say is held."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_named_line_or_catchphrase_is_held() -> None:
    for line in (
        "Kai Moss, who plays the ferryman, finally gets a scene, and the line that will surely"
        " be on a T-shirt by Friday: ‘The river keeps what it takes.’",
        "Best of all is the moment with the big line everyone will quote: “The river keeps what"
        " it takes.”",
        "A fan has started a petition to make the ferryman’s catchphrase, “The river keeps what"
        " it takes,” the motto of a rowing club.",
        "Viewers have adopted the show's tagline – “The river keeps what it takes” – as a meme.",
    ):
        found = facts(
            "Tidewater, the fantasy series, returns to Prime Video in May.",
            "Kai Moss plays the ferryman.",
            line,
            date="2026-02-10",
            title="Tidewater trailer: six things we spotted",
        )
        assert not served_quotes(found), served_quotes(found)


def test_a_line_someone_says_off_screen_is_still_theirs() -> None:
    found = facts(
        "Tidewater returns to Prime Video in May.",
        "Kai Moss told reporters at the premiere, “The river keeps what it takes, and so do I.”",
        date="2026-02-10",
        title="Tidewater premiere",
    )
    assert served_quotes(found), found


def test_a_remembered_exchange_of_bare_lines_is_held() -> None:
    for line in (
        "Re-watching the first season again, obviously. “Hello.” “Hello.” Still gets me.",
        "Still thinking about the pier scene. ‘You came back.’ ‘I always do.’ Ruined me.",
    ):
        found = facts(
            "Tidewater returns to Prime Video in May.",
            line,
            date="2026-02-10",
            title="The Weekly Watch: what I'm watching",
        )
        assert not served_quotes(found), served_quotes(found)
