"""Quotes on invented text: an unlabelled Q&A whose headline names its guest in a common shape
("Q&A: X on ...", "‘...’: The Gorse Ledger composer X", "X – ‘...’", "In conversation with X")
gives each bare answer to the guest, the questions to no one; words the guest quotes someone
else saying inside an answer stay that person's."""

from __future__ import annotations

from tests.extract.helpers import facts

_BYLINE = "Interview by Perrin Tallowby"
_INTRO = (
    "Odile Carrask scored The Gorse Ledger, the six-part drama that begins next month. Fen "
    "Morrow, who plays the eldest son, is its lead. We spoke to Carrask in Leeds."
)
_TURNS = (
    "How did the project start?",
    "Slowly. I wrote the first theme on a ferry and threw it away twice.",
    "Was the whistle a risk?",
    "Huge. Fen Morrow, who plays the eldest son, heard it on set and said, ‘That’s my "
    "grandmother’s kitchen.’ That told me I was near it.",
    "What comes next?",
    "A feature I can’t name yet, and sleep.",
)


def _served(title: str) -> dict[str, str]:
    found = facts(_BYLINE, _INTRO, *_TURNS, date="2026-03-02", title=title)
    return {q.text[:12]: q.speaker for q in found.quotes if q.served}


def test_bare_answers_go_to_the_guest_a_headline_names() -> None:
    for title in (
        "Q&A: Odile Carrask on The Gorse Ledger and the sound of wet fields",
        "‘I wrote it on a ferry’: The Gorse Ledger composer Odile Carrask",
        "Odile Carrask – ‘I wrote it on a ferry’",
        "In conversation with Odile Carrask",
    ):
        said = _served(title)
        assert said.get("Slowly. I wr") == "Odile Carrask", (title, said)
        assert said.get("Huge. Fen Mo") == "Odile Carrask", (title, said)
        assert said.get("A feature I ") == "Odile Carrask", (title, said)
        assert said.get("That’s my gr") == "Fen Morrow", (title, said)
        assert not any(text.endswith("?") for text in said), (title, said)


def test_a_headline_naming_two_guests_gives_the_answers_to_neither() -> None:
    said = _served("Q&A: Fen Morrow and Odile Carrask on The Gorse Ledger")
    assert "Slowly. I wr" not in said, said


def test_words_a_she_says_after_the_guest_s_i_are_not_the_guest_s() -> None:
    found = facts(
        _BYLINE,
        _INTRO,
        "How was working with the writer?",
        "Precise. If I suggested a change she'd say, ‘The field wouldn't sound like that,’ and "
        "she was right.",
        "Was the whistle a risk?",
        "Huge. I recorded it through an old tape machine so it wobbles.",
        "What comes next?",
        "A feature I can’t name yet, and sleep.",
        date="2026-03-02",
        title="Q&A: Odile Carrask on The Gorse Ledger",
    )
    said = {q.text[:12]: q.speaker for q in found.quotes if q.served}
    assert said.get("Huge. I reco") == "Odile Carrask", said
    assert "The field wo" not in said, said
