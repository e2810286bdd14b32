"""Quotes on invented text: words in marks that are shown, sung, named or voiced in footage (a
slogan on posters, a song between commas, a nickname fans give, a line from the villain or over
a shot, a pull quote from an episode, a company's tag line) are no one's quote, never served;
what someone says beside them still is."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Brackwater Deep, the drama starring Sorrel Adair and Tavish Orme, streams from June."


def _served(*paragraphs: str, title: str | None = None) -> set[str]:
    found = facts(_LEDE, *paragraphs, title=title)
    return {q.text for q in found.quotes if q.served}


def test_a_slogan_heading_the_posters_it_is_on() -> None:
    assert _served(
        "“Vote Kestrin” posters have appeared across Leeds this week.",
        "“We wanted it loud,” Adair said.",
    ) == {"We wanted it loud"}


def test_a_song_named_between_commas_and_described() -> None:
    assert _served(
        "The score has one song, “Grey Weir”, sung by a choir from Cairnby.",
        "“It took a year,” Orme said.",
    ) == {"It took a year"}


def test_a_nickname_fans_give_a_scene() -> None:
    assert not _served(
        "The finale topped the charts, with fans dubbing the long walk home “the Skelmoor mile”.",
    )


def test_a_line_from_the_villain_in_a_teaser() -> None:
    assert _served(
        "The teaser is out. One line, from the villain: “The weir keeps what you drown.”",
        "“It was cold,” Adair said.",
    ) == {"It was cold"}


def test_words_voiced_over_a_shot_of_the_trailer() -> None:
    assert not _served(
        "The narration is by Lune Tarrant. “Every road runs to the water,” she intones, over a"
        " shot of the village flooding.",
        title="Brackwater Deep trailer: five things we spotted",
    )


def test_a_pull_quote_credited_to_an_episode() -> None:
    assert not _served("“Better cold than lying.” – Hollin Vire, Brackwater Deep, episode two")


def test_a_companys_caption_that_is_only_a_noun_phrase() -> None:
    assert _served(
        "Wyndle Pictures posted a teaser, captioned ‘the thaw road’. Orme captioned his own"
        " post ‘see you in June’.",
    ) == {"see you in June"}


def test_words_the_next_sentence_says_are_a_parts_line() -> None:
    assert _served(
        "Wyndle Pictures posted the last frame with the words: “Come home, Dunmere.” Fans noted"
        " the line is Ashmoor's in the film itself. “We cried,” Adair said.",
    ) == {"We cried"}
