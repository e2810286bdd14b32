"""An exchange a speaker tells inside their own quotation gives each line to the person its frame
names ("X asked me, ‘...’ And I said, ‘...’"); a single line within a quote, a lone "I said" or a
"he said" is no quote of its own."""

from __future__ import annotations

from bot.facts import ArticleFacts, SourceKind
from tests.extract.helpers import facts

_LEAD = (
    "Director Marisol Quenby is shooting the ferry drama Lowwater in Cornwall, with Tobiah Renn"
    " and Perpetua Yallop in the leads."
)


def _served(found: ArticleFacts) -> dict[str, str]:
    return {q.text: q.speaker for q in found.quotes if q.served}


def test_a_single_line_told_within_a_quote_stays_in_it() -> None:
    found = facts(
        _LEAD,
        "Renn laughed about the first read-through. “Perpetua said to me on the first morning,"
        " ‘Nobody eats the harbour chips twice,’ and she was right,” he said.",
    )
    served = _served(found)
    assert "Nobody eats the harbour chips twice" not in served
    outer = next(text for text in served if text.startswith("Perpetua said to me"))
    assert served[outer] == "Tobiah Renn"


def test_a_reply_after_quoted_words_is_the_tellers() -> None:
    found = facts(
        _LEAD,
        "Quenby says the cast kept her honest. “Tobiah asked me in rehearsal, ‘Can the boat be"
        " late?’ And I said, ‘The boat is always late.’”",
    )
    served = _served(found)
    assert served.get("Can the boat be late?") == "Tobiah Renn"
    assert served.get("The boat is always late.") == "Marisol Quenby"


def test_a_lone_i_said_or_an_unnamed_teller_gives_no_inner_quote() -> None:
    found = facts(
        _LEAD,
        "“A steward asked if I was seasick, and I said, ‘Never felt finer in my life,’” Renn said.",
        "“Then he told me, ‘Keep the lantern lit for the last take,’ so we did,” said Yallop.",
    )
    texts = {q.text for q in found.quotes if q.served}
    assert not any(t.startswith("Never felt finer") for t in texts)
    assert not any(t.startswith("Keep the lantern lit") for t in texts)
    assert all(
        q.source is not SourceKind.UNATTRIBUTED or not q.text.startswith("Keep")
        for q in found.quotes
    )
