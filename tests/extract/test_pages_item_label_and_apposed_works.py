"""A newsletter's other items told in ways beyond the ones already read: a heading that puts a
label before a quoted title ("2. RENEWED: ‘TIN KETTLE’"), a first paragraph that sets a name as
a work by an apposition its channel owns and that runs on ("ITV’s Copper Sound, the four-part
drama about ..."), and a paragraph that names a work with where and when to see it in brackets
mid-sentence ("make it The Chalk Causeway (BBC Four, Sunday, 10pm), a film about ..."). What such an
item casts or credits is the other work's."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts, served_credits, served_pairs

_TITLE = "The Reel Brief: Marrow Fen gets a date"


def _letter(*items: str) -> ArticleFacts:
    return facts(
        "Morning. Two things today: a date for Marrow Fen and a few bits besides.",
        "1. MARROW FEN GETS ITS FINALE DATE",
        "Marrow Fen, the fen-country thriller, ends on Sky on 3 June. Ansel Ferrand stars as "
        "Gideon Moult. The finale is directed by Orla Penhallow.",
        *items,
        "That’s all for today.",
        title=_TITLE,
    )


def test_a_label_before_a_quoted_title_heads_another_works_item() -> None:
    found = _letter(
        "2. CANCELLED: ‘TIN KETTLE’",
        "Bad luck, mystery fans: Vela TV has dropped Tin Kettle after one run. Star Lark "
        "Pemberley, who played Constable Agatha Pim, said goodbye on Instagram.",
    )
    assert ("Lark Pemberley", "Constable Agatha Pim") not in served_pairs(found)
    assert ("Ansel Ferrand", "Gideon Moult") in served_pairs(found)


def test_a_channel_owned_apposition_that_runs_on_sets_another_work() -> None:
    found = _letter(
        "2. THE SERIES EVERYONE IS TALKING ABOUT",
        "BBC Two’s Copper Sound, the four-part documentary on a closed tin mine, is on iPlayer "
        "now. Director Ilse Marwood filmed it over two winters.",
    )
    assert ("director", "Ilse Marwood") not in served_credits(found)
    assert ("director", "Orla Penhallow") in served_credits(found)


def test_a_where_and_when_bracket_mid_sentence_sets_another_work() -> None:
    found = _letter(
        "2. SUNDAY PICK: THE CHALK CAUSEWAY",
        "If you only watch one film this week, make it The Chalk Causeway "
        "(BBC Four, Sunday, 10pm), a quiet hour on the last salt works in Cheshire. Director "
        "Ilse Marwood shot it in black and white.",
    )
    assert ("director", "Ilse Marwood") not in served_credits(found)
    assert ("director", "Orla Penhallow") in served_credits(found)
