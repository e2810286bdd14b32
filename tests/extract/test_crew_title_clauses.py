"""A credit in the clause on another title after "in" or "for" is that work's, not the
article's: "she played a nurse in Brass Gate, which was directed by X"."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits

_LEDE = "Filming has wrapped on the second season of Quillmoor Tide, the Netflix seaside drama."
_OURS = "Quillmoor Tide is directed by Ferelith Gaunt-Obi."
_TITLE = "Quillmoor Tide wraps filming"


def test_another_titles_clause_credit_is_dropped() -> None:
    for sentence in (
        "She starred in Dunmarrow Keys, directed by Ysolt Oyelowo-Burke.",
        "Her co-star played a nurse in Dunmarrow Keys, which was directed by Ysolt "
        "Oyelowo-Burke and aired last year.",
        "She also appears in Dunmarrow Keys, the war film directed by Oswy Penhallick and "
        "Ysolt Oyelowo-Burke.",
        "Also out: the trailer for Dunmarrow Keys, the country-house mystery starring Ilsa "
        "Bramwick as a maid and directed by Ysolt Oyelowo-Burke.",
    ):
        credits = served_credits(facts(_LEDE, _OURS, sentence, title=_TITLE))
        assert ("director", "Ysolt Oyelowo-Burke") not in credits, sentence
        assert ("director", "Ferelith Gaunt-Obi") in credits, sentence


def test_our_titles_clause_credit_stays() -> None:
    found = facts(
        _LEDE, "She stars in Quillmoor Tide, directed by Ferelith Gaunt-Obi.", title=_TITLE
    )
    assert ("director", "Ferelith Gaunt-Obi") in served_credits(found)
