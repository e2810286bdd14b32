"""A second quotation in one sentence, after a clause that has a subject of its own (", though one
juror sniffed that it was “...”", ", which Y glossed: “...”"), is not the first sayer's going on;
with no new subject between, it still is."""

from tests.extract.helpers import facts

_OPEN = "Tamsin Oakridge has finished shooting Corran Bay in Cornwall. "


def _speaker(sentence: str, start: str) -> str:
    found = [q for q in facts(_OPEN + sentence).quotes if q.text.startswith(start)]
    assert found, sentence
    return found[0].speaker if found[0].served else ""


def test_a_later_clause_with_its_own_subject_takes_the_quote() -> None:
    for sentence in (
        "“The tide decides everything,” Oakridge told reporters, though one juror sniffed that "
        "the film was “mostly tide, twice over”.",
        "Oakridge said the studio had “not ruled it out,” which a publicist rephrased for us: "
        "“Nobody has said yes yet.”",
        "Oakridge said she hoped for a release “before the summer”, and a distributor in the room "
        "thought a winter date was “more realistic”.",
    ):
        assert _speaker(sentence, sentence.split("“")[-1][:10]) != "Tamsin Oakridge", sentence


def test_the_same_sayer_going_on_keeps_the_quote() -> None:
    sentence = "“The tide decides everything,” Oakridge said, “and we obeyed it every day.”"
    assert _speaker(sentence, "and we obeyed") == "Tamsin Oakridge"
    sentence = "Oakridge called the shoot “brutal” and the result “worth every storm”."
    assert _speaker(sentence, "worth every") == "Tamsin Oakridge"


def test_a_closed_relative_clause_leaves_the_sayer() -> None:
    sentence = (
        "Oakridge said she was “sworn to silence” about the title, which Harwick Films has kept "
        "quiet, and said only that it would be “short and very wet”."
    )
    assert _speaker(sentence, "short and") == "Tamsin Oakridge"
