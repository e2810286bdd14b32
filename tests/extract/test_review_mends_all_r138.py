"""Review mends of round 138 (invented text): a "Tom Reed says she ..." right after another
woman is named in the paragraph tells nothing of Reed's sex, so his own later quote stays his;
a part "played by" its actor, then a sayer brought in before the colon ("..., director Tom Reed
explains: “...”"), is the sayer's quote, not the part's line."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs).quotes if q.served}


def test_a_she_after_another_woman_named_does_not_make_the_sayer_a_woman() -> None:
    served = _served(
        "Tom Reed directs Lumen, a new drama for Channel 9, which films in Kelby this summer.",
        "Ada Vale plays the lead. Tom Reed says she was the only choice for the part.",
        "The shoot will be short. “We have nine days and no money,” he says.",
    )
    assert served.get("We have nine days and no money") == "Tom Reed"


def test_a_she_opening_its_paragraph_still_tells_the_sayer_sex() -> None:
    served = _served(
        "Tom Reed directs Lumen, a new drama for Channel 9, which films in Kelby this summer.",
        "Reed says she cast him in a day.",
        "He is home for the first screening, which he describes as “the night of my year”.",
    )
    assert served.get("the night of my year") != "Tom Reed"


def test_a_sayer_before_the_colon_after_a_played_part_keeps_the_quote() -> None:
    served = _served(
        "Lumen, a new drama for Channel 9, follows Dessa Moor, a ferry pilot played by Ada Vale.",
        "Dessa, played by Ada Vale, is the heart of it all, director Tom Reed explains: “I wrote "
        "every scene around her.”",
    )
    assert served.get("I wrote every scene around her.") == "Tom Reed"


def test_a_played_part_then_its_colon_is_still_the_parts_line() -> None:
    found = facts(
        "Lumen, a new drama for Channel 9, follows Dessa Moor, a ferry pilot played by Ada Vale.",
        "Dessa, played by Ada Vale, is merciless about it: “Go home and stay there.”",
    )
    assert not [q for q in found.quotes if q.served and q.text.startswith("Go home")]


def test_a_she_in_a_paragraph_already_about_the_sayer_still_tells_the_sayer_sex() -> None:
    served = _served(
        "Tom Reed directs Lumen, a new drama for Channel 9, which films in Kelby this summer.",
        "Nia Bell and Ada Vale host the launch. Vale admits she cried at the first read-through.",
        "He is home for the first screening, which he describes as “the night of my year”.",
    )
    assert "the night of my year" in served
    assert served["the night of my year"] != "Ada Vale"
