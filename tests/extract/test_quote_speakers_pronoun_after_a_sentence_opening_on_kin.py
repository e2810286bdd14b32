"""A "he says" after a sentence opening on someone's partner or kin ("Spotted: Vale's partner,
the actor Bo Reyes, ...") stands for the partner, never the possessive's owner named before;
with the partner unnamed it is no one we can name. A sentence opening on the owner's work
("Vale's new novel is out") still leaves the pronoun to the owner."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article, QuoteFact

_CAST = "Starring: Pella Norrish (Ines Vantor), Tomas Quayle (Rob Vantor)"
_WRITER = "Screenwriter Dorian Quillwhite adapted the film from his own novel."


def _quote(text: str, para: str) -> QuoteFact:
    article = Article(dt.date(2026, 3, 2), "A lede.", "A headline", (_CAST, _WRITER, para))
    return next(q for q in extract_facts(article).quotes if q.text == text)


def test_a_labelled_partner_apposed_after_the_owner_is_he() -> None:
    para = (
        "Spotted: Quillwhite's partner, the actor Hollis Drummelow, currently on stage in Hull. "
        'He tells us he\'s "only here for the buffet".'
    )
    assert _quote("only here for the buffet", para).speaker == "Hollis Drummelow"


def test_a_brother_named_after_the_owner_is_he() -> None:
    para = (
        "Quillwhite's older brother Hollis Drummelow came along too. "
        'He tells us he\'s "only here for the buffet".'
    )
    assert _quote("only here for the buffet", para).speaker == "Hollis Drummelow"


def test_an_unnamed_partner_is_no_one_we_can_name() -> None:
    para = "Quillwhite's younger brother came too. He tells us he's \"only here for the buffet\"."
    fact = _quote("only here for the buffet", para)
    assert not fact.served or fact.speaker != "Dorian Quillwhite"


def test_the_owners_work_opening_the_sentence_leaves_him_the_owner() -> None:
    para = 'Quillwhite\'s new novel is out in May. He tells us it is "a quieter book".'
    assert _quote("a quieter book", para).speaker == "Dorian Quillwhite"


def test_a_parts_kin_opening_the_sentence_is_not_taken_as_a_person() -> None:
    para = (
        "Pella Norrish is here! Rob's sister Ines Vantor herself, in a green coat. "
        "She told one fan she was “so glad” to be back."
    )
    assert _quote("so glad", para).speaker != "Ines Vantor"
