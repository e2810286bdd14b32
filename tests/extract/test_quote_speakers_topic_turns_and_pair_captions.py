"""A fronted topic after the sayer's own sentence, a pair's captions told one by one and a
paragraph of words and a dash credit, on invented text: the topic phrase never hides who turned
to it, a pair named without asides still lets each caption be its poster's, and the dash
credits its name however many sentences the words run over."""

from __future__ import annotations

from tests.extract.helpers import served_quote_list


def test_a_topic_fronted_right_after_the_sayers_sentence_keeps_the_sayer() -> None:
    found = served_quote_list(
        "Quelmira Standevenn plays Lark and Oswy Traskell plays Wren in Tinmouth Harbour, out on "
        "Friday.",
        "The film's director, Averil Quennock, who joined after the pilot, is warm about both. "
        "Of Traskell, she says: “Oswy can hold a silence longer than anyone I know.”",
    )
    assert ("Oswy can hold a silence longer than anyone I know.", "Averil Quennock") in found


def test_a_pair_without_asides_leaves_each_caption_to_its_poster() -> None:
    found = served_quote_list(
        "Quelmira Standevenn and Oswy Traskell, who play Lark and Wren, posted a joint "
        "photo; Standevenn's caption read “Lark and Wren, signing off”.",
    )
    assert ("Lark and Wren, signing off", "Quelmira Standevenn") in found, found


def test_a_pair_each_with_an_aside_still_shares_the_words() -> None:
    found = served_quote_list(
        "Quelmira Standevenn, who plays Lark, and Oswy Traskell, who plays Wren, shared a "
        "joint post from the harbour wall: “Where it all began.”",
    )
    assert ("Where it all began.", "Quelmira Standevenn") not in found, found


def test_a_paragraph_of_words_and_a_dash_credit_is_the_named_persons() -> None:
    found = served_quote_list(
        "Quelmira Standevenn plays Lark and Oswy Traskell plays Wren in Tinmouth Harbour.",
        "“I texted her forty times that night,” Standevenn says. “She answered one.”",
        "“The storm scene broke me. I forgot every line I had.” — Oswy Traskell",
    )
    assert ("The storm scene broke me. I forgot every line I had.", "Oswy Traskell") in found
