"""A title's local name in marks, right after the title in marks and said to be where it goes
by, is a name, never a quote: a dash, a bracket or a comma sets it off."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "The coastal drama has topped the streaming charts across Europe this week."


def _served(*paragraphs: str) -> list[str]:
    return [text for text, _ in served_quotes(facts(_LEDE, *paragraphs))]


def test_a_local_title_between_dashes_is_held() -> None:
    assert _served("“Lantern Row” – “La rue des lanternes” in France – leads the chart.") == []


def test_a_local_title_in_brackets_is_held() -> None:
    assert _served('"Lantern Row" ("Il vicolo delle lanterne" in Italy) sits at number one.') == []


def test_a_local_title_after_a_comma_is_held() -> None:
    assert (
        _served("Fans of “Lantern Row”, “Los faroles del muelle” in Spain, queued at midnight.")
        == []
    )


def test_a_remark_about_a_place_is_still_a_quote() -> None:
    assert _served("Its star Odile Brannagh said, “We shot every scene in Brittany.”") != []


def test_a_slates_listed_label_is_held() -> None:
    assert (
        _served("No date yet: the streamer's slate listed the film as “due 2027” last week.") == []
    )


def test_a_billing_in_marks_is_held() -> None:
    assert _served("The cinema chain has billed it as “the winter weepie to beat” online.") == []


def test_a_persons_words_after_marked_her_return_as_stay_a_quote() -> None:
    for sentence in (
        "Marrant marked her return as “a homecoming, honestly”, in an interview.",
        "Marrant tagged her comeback as “a second go, really”, on a podcast.",
        "Marrant marked his last day as “the strangest goodbye”, in an interview.",
    ):
        found = facts("Marrant is back on screen this spring.", sentence, title="Marrant is back")
        assert served_quotes(found) != [], sentence
