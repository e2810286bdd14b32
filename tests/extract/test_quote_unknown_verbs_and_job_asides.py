"""Quotes on invented text: a name and a verb the rules do not know after a quotation ("“...,”
Ada Vale chimes in.") make the named person the speaker, never the one quoted before; a "he"
after "X, the producer, said ..." is X, not the producer as an unnamed source."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_unknown_verb_after_a_name_is_that_persons() -> None:
    for verb in ("pipes up", "interjects", "butted in"):
        found = facts(
            "Tamsin Rook and Oskar Lindqvist star in Saltmarsh, which Rook also wrote.",
            "“We wanted it to feel like a storm,” Rook says.",
            f"“Mostly it felt like a cold bath, honestly,” Lindqvist {verb}.",
            date="2026-03-02",
            title="Saltmarsh stars on the shoot",
        )
        pairs = served_quotes(found)
        assert ("Mostly it fe", "Oskar Lindqvist") in pairs, pairs
        assert ("Mostly it fe", "Tamsin Rook") not in pairs, pairs


def test_unknown_verb_after_an_unknown_name_is_no_ones() -> None:
    found = facts(
        "Tamsin Rook stars in Saltmarsh, which opens in May.",
        "“We wanted it to feel like a storm,” Rook says.",
        "“It was freezing, every single day,” Marguerite chimes in.",
        date="2026-03-02",
        title="Saltmarsh star on the shoot",
    )
    pairs = [(q.text[:12], q.speaker) for q in found.quotes]
    assert ("It was freez", "") in pairs, pairs


def test_he_after_a_job_between_commas_is_the_named_person() -> None:
    for opener in (
        "Dorian Achebe, the showrunner, said the first week had been chaotic.",
        "Dorian Achebe, the executive producer, told reporters the mood was good.",
    ):
        found = facts(
            "Filming on Saltmarsh began on Monday in Whitby.",
            opener,
            "“Everyone knew what we were making,” he said.",
            date="2026-03-02",
            title="Saltmarsh begins filming",
        )
        pairs = served_quotes(found)
        assert ("Everyone kne", "Dorian Achebe") in pairs, pairs
