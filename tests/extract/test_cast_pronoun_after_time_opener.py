"""A pronoun or age casting after "Now" or "These days," reads as one without it, on invented
text."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_LEDE = "Harrow Lane is the new drama from the streamer."


def test_now_or_these_days_before_the_pronoun_keeps_the_casting() -> None:
    for text, pair in (
        (
            "Tamsin Oyelaran spent a decade on stage. Now the 31-year-old plays Rosa Venn, a "
            "night nurse. Oyelaran said the part found her.",
            ("Tamsin Oyelaran", "Rosa Venn"),
        ),
        (
            "Callum Ashdown-Pryce started out in adverts. These days, he plays Ivo Marr, the "
            "landlord. Ashdown-Pryce said so on a podcast.",
            ("Callum Ashdown-Pryce", "Ivo Marr"),
        ),
    ):
        assert pair in pairs(facts(_LEDE, text))


def test_now_she_plays_a_part_in_another_work_stays_silent() -> None:
    text = "Tamsin Oyelaran spent a decade on stage. Now she plays Rosa Venn in the thriller Dusk."
    assert ("Tamsin Oyelaran", "Rosa Venn") not in pairs(facts(_LEDE, text + " Oyelaran smiled."))
