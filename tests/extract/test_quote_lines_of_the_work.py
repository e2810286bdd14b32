"""Quoted words that are a part's line, a sign's lettering or the writer's own labels, never a
quote to serve: a trailer line told after the words ("“...,” she purrs in the trailer"), a
voice that intones in footage, an actor speaking "in character", an actor as a part saying the
words, a named part's "line", a second banner "saying, simply", and a pair of marked labels."""

from bot.facts import QuoteFact
from tests.extract.helpers import facts


def _served(text: str, *paragraphs: str, title: str | None = None) -> list[QuoteFact]:
    return [q for q in facts(*paragraphs, title=title).quotes if q.served and text in q.text]


def test_line_told_after_the_words_in_the_trailer() -> None:
    assert not _served(
        "We only borrow",
        "Kelsby Vaults looks like a heist caper with kippers. Pellam Orrisdew-Vane leads as a"
        " harbour-master's daughter who robs the town bank.",
        "“We only borrow it. We always give it back,” she purrs in the trailer.",
    )


def test_voice_that_intones_in_footage() -> None:
    assert not _served(
        "Salt keeps",
        "Live from the Kelsby Vaults panel.",
        "13:48 Trailer time. A smith at the anvil; a voice intones, ‘Salt keeps what the sea"
        " takes.’ The crowd goes wild.",
    )


def test_actor_speaking_in_character() -> None:
    assert not _served(
        "Shall we go",
        "The cast of Kelsby Vaults announced the second season on Monday.",
        "The video shows Pellam Orrisdew-Vane and Tadhg Quellmore on a pier. Quellmore reads out"
        " the title; Orrisdew-Vane says, in character, “Shall we go, then?” That line is"
        " already everywhere.",
    )


def test_actor_as_part_saying_the_words() -> None:
    assert not _served(
        "you absolute plank",
        "Kelsby Vaults season two discussion thread",
        "Tadhg Quellmore as Ferrowyn saying “you absolute plank, I adore you” is the best line"
        " of the series.",
    )


def test_a_named_actors_line() -> None:
    assert not _served(
        "I knew all along",
        "Kelsby Vaults season two discussion thread",
        "Pellam Orrisdew-Vane's line “I knew all along, pet. I was waiting for you” wrecked me.",
    )


def test_second_banner_saying_simply() -> None:
    assert not _served(
        "Quellmore for mayor",
        "Live from the Kelsby Vaults premiere.",
        "19:10 Spotted in the crowd: a banner reading “FERROWYN FOREVER” and another saying,"
        " simply, “Quellmore for mayor”. Pellam Orrisdew-Vane is not here tonight.",
    )


def test_pair_of_marked_labels() -> None:
    assert not _served(
        "soppy telly",
        "Kelsby Vaults has its critics.",
        "There has been the usual grumbling about “agenda” and “soppy telly”, as if those words"
        " were a warning.",
    )


def test_an_actor_quoted_at_a_panel_stays_served() -> None:
    assert _served(
        "We shot it in the rain",
        "Kelsby Vaults star Pellam Orrisdew-Vane spoke at the panel.",
        "“We shot it in the rain for a month,” Pellam Orrisdew-Vane said.",
    )
