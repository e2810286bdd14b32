"""Quotes on invented text: a quotation that opens on a named person saying something in inner
marks, then goes on in the speaker's own words, gives the inner line to that person; one that
is only the report stays as it is."""

from __future__ import annotations

from tests.extract.helpers import facts

_OPENING = "Composer Hana Welk has scored Tin Orchard, the new drama from director Ravi Osterhaus."


def _said(paragraph: str) -> dict[str, str]:
    found = facts(_OPENING, paragraph, date="2026-03-02", title="Hana Welk on Tin Orchard")
    return {q.text[:16]: q.speaker for q in found.quotes if q.served}


def test_an_opening_report_with_more_after_gives_the_inner_line_to_its_sayer() -> None:
    for paragraph in (
        "“Ravi turned to me and said, ‘Make the kettle the villain,’ and I laughed for a week,” "
        "Welk recalls.",
        "“Ravi once told me, ‘Make the kettle the villain,’ so that is what I did,” Welk says.",
    ):
        said = _said(paragraph)
        assert said.get("Make the kettle ") == "Ravi Osterhaus", said


def test_a_quotation_that_is_only_the_report_stays_as_it_is() -> None:
    said = _said("“Ravi once told me, ‘Make the kettle the villain,’” Welk recalls.")
    assert not any(t.startswith("Make the") for t in said), said


def test_an_opening_report_not_said_to_the_speaker_stays_as_it_is() -> None:
    said = _said("“Ravi kept saying, ‘Make the kettle the villain,’ and we laughed,” Welk says.")
    assert "Make the kettle " not in said, said
