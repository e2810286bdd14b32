"""Quotes and their speakers on invented text: "“He wrote, ‘...’,” she says" is hers, the one
who reports his words, never the man the sentence before is about (he is the "he" inside)."""

from __future__ import annotations

from tests.extract.helpers import facts

_OPENING = (
    "Quiet Marsh, a four-part drama, premieres on Channel 4 in June.",
    "Composer Mirela Voskuijlen keeps an old accordion by her desk. “It wheezes like the tide,” "
    "she says.",
)


def _said(sentence: str) -> dict[str, str]:
    found = facts(*_OPENING, sentence, date="2026-04-01", title="Quiet Marsh: scoring the tide")
    return {q.text[:14]: q.speaker for q in found.quotes if q.served}


def test_her_words_reporting_his_are_hers() -> None:
    for sentence in (
        "Director Bastian Hollowell heard her music on a ferry and wrote to her that night. "
        "“He wrote, ‘I have never heard anything like it,’” she says, smiling. "
        "“Which is a very polite way of begging.”",
        "Producer Tobiah Wrenfield rang her the next morning. “He said, ‘We start on Monday,’” "
        "she recalls. “That was the whole interview.”",
    ):
        said = _said(sentence)
        assert said.get("He wrote, ‘I h", said.get("He said, ‘We s")) == "Mirela Voskuijlen"
        later = said.get("Which is a ver", said.get("That was the w"))
        assert later == "Mirela Voskuijlen", said


def test_with_no_one_known_as_she_his_name_is_not_given() -> None:
    found = facts(
        "Quiet Marsh, a four-part drama, premieres on Channel 4 in June.",
        "Director Bastian Hollowell heard her music on a ferry and wrote to her that night. "
        "“He wrote, ‘I have never heard anything like it,’” she says, smiling.",
        date="2026-04-01",
        title="Quiet Marsh: scoring the tide",
    )
    assert all(q.speaker != "Bastian Hollowell" for q in found.quotes if q.served)


def test_his_words_about_another_man_stay_his() -> None:
    said = _said(
        "Director Bastian Hollowell met his producer on a ferry. “He said, ‘We start on "
        "Monday,’” Hollowell recalls."
    )
    assert said.get("He said, ‘We s") == "Bastian Hollowell", said
