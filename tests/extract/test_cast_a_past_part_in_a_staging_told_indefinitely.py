"""A relative clause on the actor that sets a past part in a work told with "a" or "an" and a
word for the staging ("Vale, who spent a winter as Mrs Pike in a touring farce, ...") casts
that work, not the article's; the article's own part in the same sentence stays (invented
articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Harrowby Hall cast reunite for the final series"
_LEDE = "The cast of Harrowby Hall took questions at the Leeds fan convention on Saturday."


def test_a_past_part_in_an_indefinite_staging_is_no_casting() -> None:
    for sentence, pair in (
        (
            "Dace Ormond, who spent last summer as Ariel in a touring Storm Island for the"
            " Kestrel Theatre, said going back to Hal felt like coming home.",
            ("Dace Ormond", "Ariel"),
        ),
        (
            "Ormond, who played Lady Brisk in an open-air Vane Street last year, plays Hal Quint"
            " in Harrowby Hall.",
            ("Dace Ormond", "Lady Brisk"),
        ),
    ):
        found = facts(
            _LEDE, "Dace Ormond plays Hal Quint in Harrowby Hall.", sentence, title=_TITLE
        )
        assert pair not in served_pairs(found), sentence


def test_the_articles_own_part_in_the_clause_stays() -> None:
    sentence = "Dace Ormond, who plays Hal Quint in Harrowby Hall, spoke first."
    assert ("Dace Ormond", "Hal Quint") in served_pairs(facts(_LEDE, sentence, title=_TITLE))
