"""Quote lines on invented text: a line of the work told with its part or actor inside the
sentence is the work's, held, not anyone's quote: an actor "as" a part set in the sentence
("a voice that belongs to X as DS Y, says: “...”", "when X, as Z's mum Y, tells her son that
“...”"), a part after "played by" then a colon, a part after a clause's opening word ("When Y
said “...”"), a part after a title ("Lady Y ... and says"), a named voice in a trailer piece.
Near misses stay served: the actor "as" a capacity, a past-tense report, the actor's own
words after a "played by" clause."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts

_CAST = (
    "Marisol Quenby-Hart plays DS Wren Haldane and Tobias Ferrand plays Petra in Cold Fen, "
    "ITV's new crime drama."
)


def _served(found: ArticleFacts) -> list[tuple[str, str]]:
    return [(q.text[:16], q.speaker) for q in found.quotes if q.served]


def test_an_actor_as_a_part_inside_the_sentence_speaks_the_works_line() -> None:
    found = facts(
        _CAST,
        "The trailer opens on a flooded lane. A voice, which turns out to belong to Marisol "
        "Quenby-Hart as DS Wren Haldane, says: “Nothing floats here by chance.”",
        title="Cold Fen trailer: five things we spotted",
    )
    assert not any(text.startswith("Nothing floats") for text, _ in _served(found)), _served(found)


def test_an_actor_as_a_relations_part_telling_someone_speaks_the_works_line() -> None:
    found = facts(
        "Ilse Varnum plays Petra and Cosmo Tull plays Jory in Tidemark, out on Friday.",
        "And when Ilse Varnum, as Jory's aunt Petra, tells her nephew that “the tide always "
        "comes back”, the whole film turns.",
    )
    assert not any(text.startswith("the tide always") for text, _ in _served(found))


def test_an_actor_as_a_capacity_still_speaks_for_herself() -> None:
    found = facts(
        "Ilse Varnum plays Petra in Tidemark, out on Friday.",
        "At the launch, Ilse Varnum, as the film's executive producer, tells reporters that "
        "“this was the hardest shoot of my life”.",
    )
    assert ("this was the har", "Ilse Varnum") in _served(found), _served(found)


def test_a_part_played_by_an_actor_then_a_colon_is_the_works_line() -> None:
    found = facts(
        "The first trailer for Tidemark landed on Tuesday.",
        "Petra, played by Ilse Varnum, is merciless about it: “You dress like a harbour master.”",
        "Jory, played by Cosmo Tull, gets the last word: “Then I'll steer.”",
        title="Tidemark trailer: every moment broken down",
    )
    served = [text for text, _ in _served(found)]
    assert not any(t.startswith(("You dress", "Then I'll")) for t in served), served


def test_an_actor_after_a_played_by_clause_who_told_us_is_not_held() -> None:
    found = facts(
        "Tidemark opens on Friday.",
        "Petra is played by Ilse Varnum, who told us: “I learned to sail in a week.”",
    )
    assert ("I learned to sai", "Ilse Varnum") in _served(found), _served(found)


def test_a_part_after_a_clauses_opening_word_speaks_the_works_line() -> None:
    found = facts(
        "Kofi Ambler-Rowe plays Dr Nell Ostry in Night Ward, now on Channel 5.",
        'u/fenland_viewer: When Nell said "Not on my watch, not tonight" I cheered.',
        'u/marshlight: As Nell says "Sit down and breathe" the music drops out.',
    )
    served = [text for text, _ in _served(found)]
    assert not any(t.startswith(("Not on my watch", "Sit down and")) for t in served), served


def test_a_part_after_a_title_who_looks_and_says_speaks_the_works_line() -> None:
    found = facts(
        "Greta Olmsby plays Cressida and Dev Parrish plays Tom in The Harrowgate Will.",
        "In the first episode, Lady Cressida Harrowgate turns from the window and says, "
        "“Nothing in this house was ever paid for.” It is a good line.",
    )
    assert not any(text.startswith("Nothing in this") for text, _ in _served(found))


def test_a_named_voice_heading_a_line_in_a_trailer_piece_is_the_works() -> None:
    found = facts(
        _CAST,
        "The last beat: Haldane alone in the pump house. Petra's voice, off screen: “You "
        "should have stayed in town, Wren.” Cut to black.",
        title="Cold Fen trailer breakdown: every clue",
    )
    assert not any(text.startswith("You should have") for text, _ in _served(found))


def test_a_voice_outside_a_footage_piece_is_left_alone() -> None:
    found = facts(
        "Kit Morrow-Vance directs Cold Fen, out in May.",
        "Morrow-Vance was blunt about the shoot. “We lost three days to the rain,” he said.",
    )
    assert ("We lost three da", "Kit Morrow-Vance") in _served(found), _served(found)
