"""A quotation that reports a named person's words in inner marks ("“Ravi rang and said, ‘...’
and I laughed,” she says") gives that person's line as a quote of its own; a pronoun, a part or
a name the article does not know gives none."""

from __future__ import annotations

from tests.extract.helpers import facts

_OPENING = (
    "Composer Hana Welk has scored Tin Orchard, the new drama from director Ravi Osterhaus.",
)


def _said(*paragraphs: str) -> dict[str, str]:
    found = facts(*_OPENING, *paragraphs, date="2026-03-02", title="Hana Welk on Tin Orchard")
    return {q.text[:16]: q.speaker for q in found.quotes if q.served}


def test_a_named_persons_line_inside_a_quote_is_theirs() -> None:
    for paragraph in (
        "“Last week Ravi rang me and said, ‘I want it to sound like rust.’ I laughed,” "
        "Welk recalls.",
        "“We finished the last take and Ravi just said ‘Go home, everyone,’ and I cried,” "
        "Welk said.",
        "“On day one Osterhaus told me: ‘Make the kettle the villain.’ So I did,” says Welk.",
    ):
        said = _said(paragraph)
        inner = [t for t, s in said.items() if t.startswith(("I want it", "Go home", "Make the"))]
        assert len(inner) == 1, said
        assert said[inner[0]] == "Ravi Osterhaus", said
        assert any(s == "Hana Welk" for s in said.values()), said


def test_a_pronoun_or_unknown_name_gives_no_inner_quote() -> None:
    for paragraph in (
        "“She said, ‘I want it to sound like rust.’ I laughed,” Welk recalls.",
        "“Mabel said, ‘I want it to sound like rust.’ I laughed,” Welk recalls.",
    ):
        said = _said(paragraph)
        assert not any(t.startswith("I want it") for t in said), said


def test_the_inner_line_keeps_its_full_stop() -> None:
    said = _said("“We got there at dawn and Ravi said, ‘Again.’ Then lunch,” Welk said.")
    found = facts(*_OPENING, "“It rained and Ravi said, ‘Go again.’ Then lunch,” Welk said.")
    assert "Go again." in [q.text for q in found.quotes if q.served]
    assert not any(t.startswith("Again") for t in said), said  # one word is no line


def test_a_quotation_opening_with_the_report_is_left_alone() -> None:
    said = _said("“Ravi said, ‘Make it sound like rust,’” Welk recalls.")
    assert not any(t.startswith("Make it") for t in said), said


def test_an_inner_line_keeps_the_verb_that_reported_it() -> None:
    found = facts(
        *_OPENING,
        "“On day one Osterhaus told me: ‘Make the kettle the villain.’ So I did,” says Welk.",
        date="2026-03-02",
        title="Hana Welk on Tin Orchard",
    )
    told = [q.attribution for q in found.quotes if q.text.startswith("Make the kettle")]
    assert told == ["Osterhaus told me"], told
