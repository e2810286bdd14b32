"""A release day a present perfect counts a span from ("has won two prizes, six months after its
debut on 3 May", "since its debut on the streamer on 3 May") is the last such day before the
article, not the next. A span counted from a debut still to come ("will reach BBC One a month
after its debut on 3 May") is read forward. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEAD = "Copper Bay is the new feature from Harbour Pictures."


def test_a_span_after_the_debut_in_the_present_perfect_is_this_years() -> None:
    found = release_kinds(
        _LEAD,
        "The film has won two prizes, six months after its debut on the streamer on 3 May.",
        date="2026-11-02",
    )
    assert ("premiere_date", "2026-05-03", False) in found
    assert ("premiere_date", "2027-05-03", False) not in found


def test_since_its_debut_is_this_years() -> None:
    found = release_kinds(
        _LEAD, "The film has drawn 9m viewers since its debut on 3 May.", date="2026-11-02"
    )
    assert ("premiere_date", "2026-05-03", False) in found


def test_a_span_after_a_debut_to_come_reads_forward() -> None:
    found = release_kinds(
        _LEAD,
        "The film will reach BBC One a month after its debut on 3 May.",
        date="2026-01-10",
    )
    assert ("premiere_date", "2025-05-03", False) not in found
