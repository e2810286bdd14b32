"""Quote lines on invented text: a panel's turn that is one line in double marks ("Vantry
(Kestrin): “Eat something.”") is the words inside the marks, served once, the turn's speaker's."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_turn_in_marks_is_the_words_inside_once() -> None:
    found = facts(
        "Orla Vantry and Dessa Moorcroft of Quillmere took fan questions at the panel.",
        "Last question, from a fan: what would each of them tell their character now?",
        "Vantry (Kestrin Pell): “Eat something. Then sleep.”",
        "Moorcroft: “Call your sister back.”",
    )
    quotes = [(q.text, q.speaker, q.served) for q in found.quotes]
    assert ("Eat something. Then sleep.", "Orla Vantry", True) in quotes
    assert ("Call your sister back.", "Dessa Moorcroft", True) in quotes
    assert [q.text for q in found.quotes].count("Call your sister back.") == 1
    assert not any(q.text.startswith("“") for q in found.quotes)
