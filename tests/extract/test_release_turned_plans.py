"""A date given up, then the new one in the same clause, on invented text: "was due to start on
9 February but will now premiere on 2 March" is a premiere on 2 March; the old date alone
stays unread."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Channel 5 moves Saltmarsh premiere"


def _kinds(*paragraphs: str) -> set[tuple[str, str]]:
    served = served_releases(*paragraphs, date="2026-01-20", title=_TITLE)
    return {(r.kind.value, str(r.date or r.window or "")) for r in served}


def test_the_new_date_after_but_now_is_the_premiere() -> None:
    assert _kinds(
        "The four-part drama was due to start on Monday 9 February but will now premiere on "
        "Monday 2 March, the channel said."
    ) == {("premiere_date", "2026-03-02")}
    assert _kinds("Saltmarsh was supposed to arrive on 9 February but now lands on 2 March.") == {
        ("premiere_date", "2026-03-02")
    }


def test_the_given_up_date_alone_is_not_read() -> None:
    assert _kinds("Saltmarsh was due to start on 9 February.") == set()
    assert _kinds("Saltmarsh had originally been set for 9 February, the channel said.") == set()
