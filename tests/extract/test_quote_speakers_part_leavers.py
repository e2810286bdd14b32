"""A part's first choice who left it, in a sentence that hands the part on, is not who a
profile's next "he says" stands for; a leaver in a sentence of his own still is."""

from tests.extract.helpers import facts, served_quotes

_LEDE = "Rory Dunleavy is telling a story about a ferry. The 23-year-old got the part late."


def _speakers(*paragraphs: str) -> set[str]:
    return {speaker for _, speaker in served_quotes(facts(*paragraphs))}


def test_left_then_replacements_self_tape() -> None:
    assert "Euan Pryce" not in _speakers(
        _LEDE,
        "He was not the first choice. Euan Pryce had been cast as Kit in March, but left "
        "weeks later when a tour ran on, and Dunleavy’s self-tape reached the producers.",
        "“I didn’t have time to be nervous,” he says. “Which helped.”",
    )


def test_quit_and_the_part_went_to() -> None:
    assert "Euan Pryce" not in _speakers(
        _LEDE,
        "Euan Pryce had been cast as Kit in March, but quit a month later and the part went "
        "to Dunleavy.",
        "“I had a week to learn it,” he says.",
    )


def test_dropped_out_then_replaced_by() -> None:
    assert "Euan Pryce" not in _speakers(
        _LEDE,
        "Euan Pryce had been signed for the lead, but dropped out in May and was replaced by "
        "Dunleavy.",
        "“It was a mad week,” he says.",
    )


def test_a_leaver_on_his_own_still_speaks() -> None:
    found = facts(
        "Filming news from the coast.",
        "Euan Pryce had been cast as Kit in March, but quit a month later.",
        "“I was gutted,” he says.",
    )
    assert served_quotes(found) == [("I was gutted", "Euan Pryce")]
