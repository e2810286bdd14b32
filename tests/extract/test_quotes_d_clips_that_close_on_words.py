"""Several clips that close on the words in marks ("The teaser and the poster end on the words
“...”") show a card, as one clip that closes on them does: no one's quote. A person who ends a
speech with words keeps them."""

from __future__ import annotations

from tests.extract.helpers import served_quote_list


def test_two_clips_ending_on_words_show_a_card() -> None:
    served = served_quote_list(
        "Channel 5 has shown the first look at its mystery Gullhaven.",
        "The teaser and the poster end on the words “Every tide brings something back.” "
        "It airs in May.",
    )
    assert all(not text.startswith("Every tide") for text, _ in served)


def test_a_director_ending_a_speech_keeps_the_words() -> None:
    served = served_quote_list(
        "Channel 5 has shown the first look at its mystery Gullhaven.",
        "Director Mina Okafor closed the launch with a thank-you: “This town made the show.”",
    )
    assert ("This town made the show.", "Mina Okafor") in served
