"""A glossed title whose closing mark reads as an apostrophe leaves a "quotation" running from
the title to a later mark: it opens with the title and its gloss, and is no one's words."""

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> list[str]:
    return [q.text for q in facts(*paragraphs).quotes if q.served]


def test_a_title_and_its_gloss_opening_a_long_span_is_held() -> None:
    served = _served(
        "For most Danish viewers, Ilse Marstrand is still the stubborn ferry pilot of the 2021 "
        "drama ‘Vinterhavn’ (Winter Harbour). From May, millions more will know her as Nell "
        "Pike in ‘Quiet Coast’.",
    )
    assert not any(text.startswith("Vinterhavn") for text in served)


def test_a_two_word_title_and_gloss_is_held() -> None:
    served = _served(
        "Audiences in Warsaw know Beata Lisowska from the 2019 film ‘Dwie rzeki’ (Two Rivers). "
        "This autumn she turns up as a detective in ‘The Lantern Yard’, her first English part.",
    )
    assert not any(text.startswith("Dwie rzeki") for text in served)
