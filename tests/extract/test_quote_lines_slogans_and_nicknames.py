"""Quote lines refused (:mod:`bot.extract.attributive_marks`, :mod:`bot.extract.quoted_labels`,
:mod:`bot.extract.called_names`, :mod:`bot.extract.footage_line_nouns`): goods' slogans, a
campaign's slogan, a fans' nickname and a trailer's line are in marks but no one's quote."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Brindlemoor: a look back"
_LEAD = "Brindlemoor, the drama about a lighthouse crew, wrapped last week."


def _texts(*paragraphs: str) -> set[str]:
    return {q.text for q in facts(_LEAD, *paragraphs, title=_TITLE).quotes if q.served}


def test_words_before_the_goods_they_are_printed_on_are_no_quote() -> None:
    goods = (
        "Tamsin Quennevale posted a clip of the producer handing out “I outlasted the storm” mugs "
        "to the crew."
    )
    assert "I outlasted the storm" not in _texts(goods)


def test_a_slogan_named_as_the_subject_is_no_quote() -> None:
    slogan = "The campaign’s slogan, printed across the posters, is “Some nights never end”."
    assert "Some nights never end" not in _texts(slogan)


def test_a_name_fans_have_called_the_film_is_no_quote() -> None:
    nickname = "Fans online have called the film “the lighthouse finale”. Is it?"
    assert "the lighthouse finale" not in _texts(nickname)


def test_a_line_the_trailer_made_famous_is_no_quote() -> None:
    trailer = (
        "The trailer dropped on Monday. Its closing shot, in which the keeper growls the line "
        "that has since become a meme: “Nobody sleeps on Brindlemoor.”"
    )
    assert "Nobody sleeps on Brindlemoor." not in _texts(trailer)


def test_a_quote_before_a_verb_is_still_said() -> None:
    said = "“We kept the lamp lit,” Tamsin Quennevale said of the last day."
    assert "We kept the lamp lit" in _texts(said)


def test_the_words_are_still_found_when_held() -> None:
    goods = "The producer handed out “I outlasted the storm” mugs to the crew."
    found = facts(_LEAD, goods, title=_TITLE)
    assert "I outlasted the storm" in {q.text for q in found.quotes if not q.served}
