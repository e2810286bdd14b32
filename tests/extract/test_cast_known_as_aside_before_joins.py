"""An aside on what an actor is known for that names another work ("X, best known as Y in ITV's
Lumen, joins as Z") does not take the part named after it, nor a casting joined by "while"."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "The new Pellworth film has rounded out its cast ahead of shooting in Devon."


def test_known_as_in_a_broadcasters_work_then_joins_as() -> None:
    found = facts(
        _LEDE,
        "Marnie Castell, best known as DI Ros Fenwick in ITV’s ‘The Lamplighter’, joins as "
        "Professor Ada Quill, the hero’s stern tutor.",
    )
    assert ("Marnie Castell", "Professor Ada Quill") in served_pairs(found)


def test_casting_after_while_keeps_its_part() -> None:
    found = facts(
        _LEDE,
        "Marnie Castell, best known as DI Ros Fenwick in the BBC’s Lamplighter, joins as Ada "
        "Quill, while Tobiah Renwick plays Owen Marsh, a rival at the rowing club.",
    )
    pairs = served_pairs(found)
    assert ("Marnie Castell", "Ada Quill") in pairs
    assert ("Tobiah Renwick", "Owen Marsh") in pairs


def test_last_seen_in_another_work_then_is_cast_as() -> None:
    found = facts(
        _LEDE,
        "Idris Penhallow, last seen in Channel 4’s Grey Water, has been cast as Father Col "
        "Brannock.",
    )
    assert ("Idris Penhallow", "Father Col Brannock") in served_pairs(found)
