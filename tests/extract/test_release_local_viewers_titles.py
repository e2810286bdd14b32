"""A title another country's viewers see the film under is not its title ("Danish viewers see it
under the title “Glashavnen: Natten”"), and a quoted title is never cut short inside its marks
(the shared cue stops at a lower-case word after a colon). Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_LEDE = "Copper Lantern tops the streaming charts for a second week."


def _titles(text: str) -> set[str | None]:
    found = served_releases(_LEDE, text, date="2026-02-12")
    return {r.title for r in found if r.kind.value == "title"}


def test_a_title_for_another_countrys_viewers_is_not_served() -> None:
    for text in (
        "Danish viewers see it under the title “Glashavnen: Natten”.",
        "Portuguese audiences will know it under the title “Porto de Vidro”.",
        "Since Friday the film is streaming, and Italian subscribers find it under the title"
        " Il Porto.",
    ):
        assert _titles(text) == set(), text


def test_a_quoted_title_is_not_cut_inside_its_marks() -> None:
    for text in (
        "The sequel has been officially titled “Copper Lantern: il ritorno”.",
        "Netflix says the sequel will be called “Harbour: a Winter Story” when it lands.",
    ):
        assert _titles(text) == set(), text


def test_a_whole_quoted_title_still_counts() -> None:
    text = "The sequel has been officially titled “Copper Lantern: Neap Tide”."
    assert _titles(text) == {"Copper Lantern: Neap Tide"}


def test_a_quoted_title_with_its_stop_inside_the_marks_still_counts() -> None:
    text = 'The film was shot as "Saltmarsh" and will now go out as "Copper Lantern."'
    assert _titles(text) == {"Copper Lantern"}


def test_viewers_named_by_no_nationality_keep_the_title() -> None:
    for text in (
        "Many viewers asked, and the sequel has been officially titled Copper Lantern: Neap Tide.",
        "Younger viewers will know the sequel under the title Copper Lantern: Neap Tide.",
    ):
        assert _titles(text) == {"Copper Lantern: Neap Tide"}, text
