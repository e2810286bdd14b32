"""An imperative opening an answer ("Ask Perpetua!") is no part of a name: the run is not a
person called "Ask Perpetua", so a "she" the answer means is the Perpetua it already named."""

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_an_imperative_before_a_first_name_is_no_person() -> None:
    found = facts(
        "Director Hallam Voss talks about Tidewrack, written by Perpetua Ashgrove.",
        "Q: How closely did you work with Ashgrove?",
        "A: Every day. Perpetua wrote the script and she was on set most days. When I wanted to "
        "cut a line, she would say, “Humour me once,” and she was usually right.",
        "Q: Will there be a sequel?",
        "A: Ask Perpetua! But I think this is the end.",
    )
    speakers = {q.speaker for q in found.quotes}
    assert "Ask Perpetua" not in speakers
    assert "Ask Perpetua" not in found.people
    line = next(q for q in found.quotes if q.text.startswith("Humour me once"))
    assert (line.speaker, line.source) in {
        ("Perpetua Ashgrove", SourceKind.PERSON),
        ("", SourceKind.UNATTRIBUTED),
    }
