"""A profile's word that its subject is scoring, directing or editing another title ("Next, she
is scoring Wyrmholt, a horror film due in cinemas next year.") tells that work's times, not
ours; the same job on the article's own work still dates it. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Odile Vantreece on scoring Quillon Vale"
_LEDE = "Odile Vantreece scored the Elspin film Quillon Vale, which is out now."


def _found(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, sentence, date="2026-04-24", title=_TITLE)


def test_a_title_she_is_scoring_next_is_another_works() -> None:
    assert not {
        kind
        for kind in _found(
            "Next, she is scoring Wyrmholt, an Irish-language horror film due in cinemas next year."
        )
        if kind[0] == "window"
    }


def test_a_title_she_is_directing_is_another_works() -> None:
    assert not {
        kind
        for kind in _found("She is now directing Gorse Reach, a thriller due out in 2027.")
        if kind[0] == "window"
    }
