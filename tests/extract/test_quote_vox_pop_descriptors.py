"""Quotes on invented text: a report's vox pop opens a sentence with what a passer-by is ("Fan",
"Shopper", "Cyclist") before their full name and age; the quotes are the person's, never the
descriptor's."""

from __future__ import annotations

from bot.extract.doc_build import build_doc
from bot.extract.text import Doc
from bot.extract.titled_names import untitled
from tests.extract.helpers import article, facts, served_quotes


def _doc(text: str) -> Doc:
    return build_doc(article(text))


def test_a_vox_pop_word_before_a_named_and_aged_local_is_not_part_of_the_name() -> None:
    found = served_quotes(
        facts(
            "Crowds gathered in Millbrook on Tuesday as filming of Lantern Row continued.",
            "Some fans had queued since dawn. Fan Orla Quigley-Marsh, 15, from Derby, said she "
            "had waited nine hours. “Best day ever,” she said. “Kit waved at me.”",
            title="Lantern Row filming draws crowds",
        )
    )
    assert ("Best day eve", "Orla Quigley-Marsh") in found
    assert ("Kit waved at", "Orla Quigley-Marsh") in found


def test_other_descriptor_words_come_off_the_same_way() -> None:
    text = (
        "Shoppers and cyclists were stopped on Harrow Lane. Cyclist Tam Oyelaran, 52, said the "
        "diversion added ten minutes. Shopper Bea Kettering-Moss, 67, agreed."
    )
    assert untitled("Cyclist Tam Oyelaran", _doc(text)) == "Tam Oyelaran"
    assert untitled("Shopper Bea Kettering-Moss", _doc(text)) == "Bea Kettering-Moss"


def test_a_three_word_name_stays_whole() -> None:
    text = "Mary Ellen Brock, 40, said the street was packed. Will Dunmore Pike, 33, agreed."
    assert untitled("Mary Ellen Brock", _doc(text)) == "Mary Ellen Brock"  # no "marys" in the text
    assert (
        untitled("Will Dunmore Pike", _doc(text)) == "Will Dunmore Pike"
    )  # "will" is no plural noun
    assert untitled("Fan Orla Quigley-Marsh", _doc("Fan Orla Quigley-Marsh said so.")) == (
        "Fan Orla Quigley-Marsh"  # no age and no crowd of fans: nothing says "Fan" is a word
    )
