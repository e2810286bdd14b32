"""Quote lines on invented text: a word the guest says they sent, named before a colon with the
full stop after the closing mark ("I texted him one word: “done”."), is a quotation and the
guest's own; a word someone else sent, or one the answer only names, is not the guest's."""

from __future__ import annotations

from bot.facts import QuoteFact
from tests.extract.helpers import ESTUARY_LEDE as _LEDE
from tests.extract.helpers import ESTUARY_QA as _QA
from tests.extract.helpers import ESTUARY_TITLE as _TITLE
from tests.extract.helpers import facts


def _quotes(answer: str) -> dict[str, QuoteFact]:
    found = facts(
        _LEDE,
        "Interview by Petra Osk",
        *_QA,
        "What did you make of the last page?",
        answer,
        "What comes next?",
        "A play in the autumn, if I survive the press tour.",
        date="2026-03-02",
        title=_TITLE,
    )
    return {q.text: q for q in found.quotes}


def test_a_word_the_guest_sent_is_the_guests_quote() -> None:
    found = _quotes(
        "It wrecked me. When I finished it I texted Bryn one word: “cruel”. He laughed."
    )
    word = found.get("cruel")
    assert word is not None and word.served and word.speaker == "Ada Vale", found


def test_a_word_someone_else_sent_is_not_the_guests() -> None:
    found = _quotes(
        "It wrecked me. When Bryn finished it he texted me one word: “cruel”. I laughed."
    )
    word = found.get("cruel")
    assert word is None or not word.served or word.speaker != "Ada Vale", found


def test_a_word_the_answer_only_names_is_not_served() -> None:
    found = _quotes("It wrecked me. The crew had one word for it: “cruel”. Then we shot it anyway.")
    word = found.get("cruel")
    assert word is None or not word.served, found
