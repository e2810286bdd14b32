"""Quotes on invented text: a named person's line in inner marks counts when they "kept saying",
"used to say", "wrote" or, in a chat, "go" it, as it does after "said"; a pronoun before the
same verbs gives no inner quote."""

from __future__ import annotations

from tests.extract.helpers import facts

_OPENING = (
    "Composer Hana Welk has scored Tin Orchard, the new drama from director Ravi Osterhaus.",
)


def _said(paragraph: str) -> dict[str, str]:
    found = facts(*_OPENING, paragraph, date="2026-03-02", title="Hana Welk on Tin Orchard")
    return {q.text[:16]: q.speaker for q in found.quotes if q.served}


def test_a_named_persons_repeated_or_written_line_is_theirs() -> None:
    for paragraph in (
        "“It was freezing on the pier. Ravi kept saying, ‘One more, it’s lovely,’ and we did"
        " twelve,” Welk said.",
        "“I was nervous at first. Osterhaus used to say, ‘Make the kettle the villain.’ So I"
        " did,” says Welk.",
        "“I sent him a demo at midnight. Ravi wrote: ‘Make the kettle the villain.’ So I did,”"
        " says Welk.",
        "“The last month was a blur. Ravi would lean over and go, ‘Are you sleeping at"
        " all?’ and I’d groan,” Welk said.",
    ):
        said = _said(paragraph)
        inner = [t for t, s in said.items() if t.startswith(("One more", "Make the", "Are you"))]
        assert len(inner) == 1, said
        assert said[inner[0]] == "Ravi Osterhaus", said


def test_a_pronoun_before_the_same_verbs_gives_no_inner_quote() -> None:
    said = _said(
        "“It was freezing on the pier. He kept saying, ‘One more, it’s lovely,’ and we did"
        " twelve,” Welk said."
    )
    assert not any(t.startswith("One more") for t in said), said
