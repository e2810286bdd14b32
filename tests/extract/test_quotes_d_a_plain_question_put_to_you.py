"""Plain questions put to "you", answered in bare paragraphs: an interview, even when some answers
talk about others and never say "I"."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Oriel Banfield-Ames: ‘I wanted the ward to feel cramped’"
_LEDE = "Oriel Banfield-Ames talks about her new hospital drama, Night Ward."
_INTRO = "Oriel Banfield-Ames stars in Night Ward, the new BBC drama. We met her in Cardiff."


def test_answers_to_you_questions_are_the_guests() -> None:
    found = facts(
        _LEDE,
        _INTRO,
        "How did you get ready for it?",
        "I spent a fortnight on a real ward, mostly watching.",
        "Who are you working with?",
        "Dorian Meek plays the registrar, and he is very funny between takes.",
        "What did your family make of it?",
        "They watched the first episode twice. It was lovely.",
        "Will there be more?",
        "Ask the BBC! I would say yes in a heartbeat.",
        title=_TITLE,
    )
    assert any(
        q.served and q.text.startswith("Dorian Meek plays") and q.speaker == "Oriel Banfield-Ames"
        for q in found.quotes
    )


def test_a_guides_questions_answered_plainly_are_no_interview() -> None:
    found = facts(
        _LEDE,
        _INTRO,
        "When does it start?",
        "The first episode airs on Sunday at nine.",
        "Who is in it?",
        "Dorian Meek plays the registrar.",
        "Where was it filmed?",
        "Mostly in Cardiff, over the winter.",
        "Is there a trailer?",
        "Yes, the BBC released one last week.",
        title=_TITLE,
    )
    assert not any(q.served and q.text.startswith("Dorian Meek plays") for q in found.quotes)
