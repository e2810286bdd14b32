"""A Gaelic surname whose particle's prefixed letter is hyphened ("Mac an t-Struthair") is the
whole surname: a quote "said Mac an t-Struthair" is the full name's, never a name cut at "Mac"."""

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_a_hyphened_prefixed_letter_stays_in_the_surname() -> None:
    found = facts(
        "Dorrimore Films will release Brannoch Tide, the debut feature of director Seonag"
        " Mac an t-Struthair, in cinemas on 6 March 2026.",
        "“Brannoch Tide is a song for the coast,” said Mac an t-Struthair.",
    )
    served = {q.text: (q.speaker, q.source) for q in found.quotes if q.served}
    assert served["Brannoch Tide is a song for the coast"] == (
        "Seonag Mac an t-Struthair",
        SourceKind.PERSON,
    )
