"""A breakdown listing what a card shows may open on the title in marks and the lettering it is
set in, then "and the words “...”": lettering, not a quote. A list with a verb in it (someone
posting the title and the words) stays that poster's quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "The Quistmoor trailer breakdown: 7 things you might have missed"
_LEDE = "BBC One’s winter drama Quistmoor finally has a full trailer."
_CAST = "Skerrowby Quarrell-Obi plays Inspector Odile Marsh, a detective back in her home town."


def _served(line: str) -> list[tuple[str, str]]:
    return served_quotes(facts(_LEDE, _CAST, line, date="2026-09-03", title=_TITLE))


def test_the_words_after_a_title_in_its_lettering_are_not_served() -> None:
    for line in (
        "1:12 – The end card. “Quistmoor” in cracked silver capitals, and the words “Out this"
        " winter”.",
        "The last card. “Quistmoor” over a grey harbour, and the words “Nobody leaves”.",
    ):
        assert not [t for t, _ in _served(line) if t.startswith(("Out this", "Nobody"))], line


def test_a_post_of_the_title_and_words_stays_quoted() -> None:
    found = _served(
        "Skerrowby Quarrell-Obi posted a card. “Quistmoor” she wrote in capitals, and the words"
        " “Cannot wait”."
    )
    assert any(t.startswith("Cannot wait") for t, _ in found), found
