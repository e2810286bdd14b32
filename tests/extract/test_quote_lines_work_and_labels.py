"""Quotes: words the work holds (a card that "reads", a thing's own line, the word a part gets,
a part named by surname speaking) and a label anyone might give, none of them a quote; kinds of
failure met in blind batches 518 to 524, each on invented text (none of their names)."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str, title: str | None = None) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs, title=title).quotes if q.served}


def test_a_card_named_then_it_reads_is_no_quote() -> None:
    found = _served(
        "The Saltreach trailer, beat by beat.",
        "4. The end card. It reads “Every tide ends somewhere”, which is all the studio will say.",
    )
    assert "Every tide ends somewhere" not in found


def test_a_things_own_line_is_no_quote() -> None:
    found = _served(
        "Saltreach opens in March.",
        "The teaser, with its line “A lake forgets no swimmer”, has two million views.",
    )
    assert "A lake forgets no swimmer" not in found


def test_the_word_a_part_gets_is_no_quote() -> None:
    found = _served(
        "Hollin Vetch plays Quill Danbury in Saltreach.",
        "Hollin Vetch's Quill Danbury gets one word: “Ghastly.” Classic Quill.",
    )
    assert "Ghastly." not in found


def test_a_part_named_by_surname_speaking_is_no_quote() -> None:
    found = _served(
        "Starring: Tova Reen as Pell Yarrow; Olan Verity as Marsh Tollan",
        'Tova Reen is superb. When Yarrow says "I never blink" in episode two I cheered.',
    )
    assert "I never blink" not in found


def test_a_label_anyone_gives_is_no_quote_but_the_answer_after_it_is() -> None:
    found = _served(
        "Ostrava Kemp stars in Saltreach.",
        "She bristles at anyone who calls her a “trail marker” before they call her an actor. "
        "“I just like the work,” she says.",
    )
    assert "trail marker" not in found
    assert found.get("I just like the work") == "Ostrava Kemp"


def test_a_surname_the_headline_gives_the_work_is_no_part_speaking() -> None:
    found = _served(
        "Tova Reen plays DS Pell Vetch.",
        "Vetch is created by Marsh Tollan. In the press notes she says the show is “about the "
        "quiet after a storm”.",
        title="Vetch trailer: five things we learned",
    )
    assert found.get("about the quiet after a storm") == "Marsh Tollan"
