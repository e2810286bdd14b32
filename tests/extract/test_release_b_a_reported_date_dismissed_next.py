"""A date only reports or rumours claimed, which the next sentence says someone dismissed ("The
channel has since denied the reports."), is not the release: held, not served. A date the
makers give, followed by a denial of something else, stands. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _premieres(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-01-12", title="No March date for Hollin Bridge")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_a_rumoured_date_denied_next_is_held() -> None:
    assert not _premieres(
        "Hollin Bridge, the crime drama starring Petra Lund, is still in the edit.",
        "Rumours on several forums suggested it might arrive on 6 March. The channel has since"
        " denied the rumours.",
    )


def test_a_reported_date_whose_day_is_dismissed_is_held() -> None:
    assert not _premieres(
        "Hollin Bridge, the crime drama starring Petra Lund, is still in the edit.",
        "One tabloid reported it would stream from 6 March. Its makers quickly dismissed the date.",
    )


def test_a_given_date_before_an_unrelated_denial_stands() -> None:
    assert _premieres(
        "Hollin Bridge, the crime drama starring Petra Lund, will premiere on 6 March, the"
        " channel said.",
        "Lund has denied reports of a feud with the director.",
    ) == {"2026-03-06"}
