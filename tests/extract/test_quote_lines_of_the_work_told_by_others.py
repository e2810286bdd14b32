"""Quotes on invented text: a line of the work told by a fan, a critic or an actor is held
(a line where a part says it, a trailer's shot of someone telling "him", a clip's line "in the
film", an actor back "as" a part telling the boys, a scene's
speech in brackets), never served as anyone's quote."""

from __future__ import annotations

from bot.facts import QuoteFact
from tests.extract.helpers import facts

_TITLE = "Cobalt Harbour: what we saw"


def _quote(found_quotes: tuple[QuoteFact, ...], start: str) -> QuoteFact | None:
    return next((q for q in found_quotes if q.text.startswith(start)), None)


def test_a_line_where_a_part_says_it_inside_an_answer_is_no_ones_quote() -> None:
    found = facts(
        "Orla Sollandry has played Tamsin Orrow since the first series of Cobalt Harbour.",
        "“I cried on the bus. There’s a line where Tamsin says, ‘I am not leaving the harbour"
        " again’, and I lost it,” Sollandry says.",
        date="2026-03-02",
    )
    inner = _quote(found.quotes, "I am not leaving")
    assert inner is None or not inner.served
    outer = _quote(found.quotes, "I cried on the bus")
    assert outer is not None and outer.served and outer.speaker == "Orla Sollandry"


def test_someone_in_a_trailer_telling_him_is_a_line_of_the_work() -> None:
    found = facts(
        "Cobalt Harbour’s cast took the stage at the convention on Saturday.",
        "16:02 TRAILER. Big moments: a ferry in fog, and Juno Pask telling him “Nobody sails"
        " tonight, love.” The hall roars.",
        date="2026-03-02",
        title="Cobalt Harbour panel: live",
    )
    line = _quote(found.quotes, "Nobody sails")
    assert line is not None and not line.served


def test_a_clips_line_in_the_film_is_held() -> None:
    found = facts(
        "Cobalt Harbour’s cast took the stage at the convention on Saturday.",
        "A clip plays: Juno to Rell, in the film, “Do we stay if the boats go?” The room screams.",
        date="2026-03-02",
        title="Cobalt Harbour panel: live",
    )
    line = _quote(found.quotes, "Do we stay")
    assert line is not None and not line.served


def test_an_actor_back_as_a_part_telling_the_boys_is_held() -> None:
    found = facts(
        "The first trailer for Cobalt Harbour landed on Monday.",
        "Dace Whitlow returns as Juno Pask and tells both boys “You will be grand, the pair of"
        " you.” Cue the internet falling apart.",
        date="2026-03-02",
        title="Cobalt Harbour trailer: five things we spotted",
    )
    line = _quote(found.quotes, "You will be grand")
    assert line is not None and not line.served


def test_an_actor_as_a_part_telling_us_keeps_their_words() -> None:
    found = facts(
        "Dace Whitlow returns as Juno Pask and tells us: “We shot the whole of it in Fife.”",
        date="2026-03-02",
    )
    line = _quote(found.quotes, "We shot the whole")
    assert line is not None and line.served and line.speaker == "Dace Whitlow"


def test_a_scenes_speech_in_brackets_is_a_line_of_the_work() -> None:
    found = facts(
        "Hollin Casterby directed Cobalt Harbour, which screened on the Lido on Friday.",
        "The best scene belongs to Dace Whitlow as Juno Pask, the harbour master, whose quayside"
        " speech (“You don’t owe the sea a thing, pet”) drew applause.",
        date="2026-03-02",
    )
    line = _quote(found.quotes, "You don’t owe the sea")
    assert line is not None and not line.served
