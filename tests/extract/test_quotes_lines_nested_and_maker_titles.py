"""A fan's post in straight marks quoting a line in straight marks is one quotation, never two
quotes around the bare line; a title between commas after "the new film of <maker>" is a title,
never a quote."""

from __future__ import annotations

from tests.extract.helpers import facts


def _texts(*paragraphs: str) -> list[str]:
    return [q.text for q in facts(*paragraphs).quotes if q.served]


def test_a_post_quoting_a_line_in_straight_marks_is_one_quotation() -> None:
    texts = _texts(
        "Top replies",
        "u/harbour_gull · 300 points",
        '"The line "see you at the pier, Jo" is going to be on every mug in Devon by June"',
        "u/lamp_and_moth · 120 points",
        '"When she says "not yet, not ever" I had to pause it"',
    )
    assert not any(t.startswith(("is going to be", "I had to pause")) for t in texts)
    assert any(t.startswith('The line "see you at the pier, Jo" is going') for t in texts)
    assert any(t.startswith('When she says "not yet, not ever" I had') for t in texts)


def test_two_straight_quotes_in_a_sentence_stay_two() -> None:
    texts = _texts(
        'Pell Morrow called the finale "bold" and the score "a little too loud" on Friday.',
        '"We start in May," said Pell Morrow. "It will be cold."',
    )
    assert "We start in May" in texts
    assert "It will be cold." in texts


def test_a_title_after_the_makers_work_noun_is_no_quote() -> None:
    texts = _texts(
        "Next spring Odile Farrant goes back to Lyon to shoot the new film of Bruno Vasseur, "
        "“Le Phare éteint”, with filming planned for April.",
        'She is also attached to the first feature by Tomasz de la Rosa, "Cicha woda", which '
        "shoots in Gdansk.",
        "The next series from Ines Maro, “Agua fria”, begins in June.",
    )
    assert "Le Phare éteint" not in texts
    assert "Cicha woda" not in texts
    assert "Agua fria" not in texts
