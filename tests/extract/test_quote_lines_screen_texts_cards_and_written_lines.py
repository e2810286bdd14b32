"""Quote lines on invented text: words the footage shows or a writer gave a part are no one's
quote: a message on screen that "reads" its words, a breakdown's beat that is only the card
("1:40 – The end card. “...”"), and a line a writer "wrote her" in an episode. Near misses stay
served: a person's words after a sentence that ends on a card mid-paragraph, and a writer's own
words about a line."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _served(found: ArticleFacts) -> list[tuple[str, str]]:
    return [(q.text[:16], q.speaker) for q in found.quotes if q.served]


def test_a_message_on_screen_that_reads_is_shown_not_said() -> None:
    found = facts(
        "Elspeth Tregunna plays Wyn in Lantern Shore, out in June.",
        '0:12 – The bus. Wyn texts her brother, and the message on screen reads "back by '
        'ten, don\'t wait up". The text on the screen reads "where are you" a beat later.',
        title="Lantern Shore trailer breakdown: every frame",
    )
    served = [text for text, _ in _served(found)]
    assert not any(t.startswith(("back by ten", "where are you")) for t in served), served


def test_a_beat_that_is_only_the_card_shows_its_words() -> None:
    found = facts(
        "Elspeth Tregunna plays Wyn in Lantern Shore, out in June.",
        '1:40 – The end card. "Lantern Shore. 6 June. Only in cinemas."',
        "2:02 – The title card. “Every harbour keeps one.”",
        title="Lantern Shore trailer breakdown: every frame",
    )
    served = [text for text, _ in _served(found)]
    assert not any(t.startswith(("Lantern Shore. 6", "Every harbour")) for t in served), served


def test_words_after_a_sentence_ending_on_a_card_mid_paragraph_stay_quoted() -> None:
    found = facts(
        "Elspeth Tregunna plays Wyn in Lantern Shore, out in June.",
        "Director Osric Pellow said he spent a week on the end card. “We rewrote it nine "
        "times,” he said.",
    )
    assert ("We rewrote it ni", "Osric Pellow") in _served(found), _served(found)


def test_a_line_a_writer_wrote_for_a_part_is_the_works() -> None:
    found = facts(
        "Morwen Astley plays Bridie in Ebb Water, written by Fiachra Tolan.",
        'I adore her. Fiachra wrote her a line in episode three, "I don\'t wave, I leave," and '
        "that is Bridie.",
        "He gives him the best line of the finale: “Keep the lamp lit.”",
    )
    served = [text for text, _ in _served(found)]
    assert not any(t.startswith(("I don't wave", "Keep the lamp")) for t in served), served


def test_a_writers_own_words_about_a_line_stay_his() -> None:
    found = facts(
        "Morwen Astley plays Bridie in Ebb Water, written by Fiachra Tolan.",
        "Tolan said he rewrote one scene a dozen times. “I kept cutting until only the "
        "silence was left,” he said.",
    )
    assert ("I kept cutting u", "Fiachra Tolan") in _served(found), _served(found)
