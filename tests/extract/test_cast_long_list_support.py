"""A list of three or more bracketed full-name pairs that nothing else settles: story prose reads
it part first, cast news actor first only when the article supports that shape, and otherwise
it is held (:mod:`bot.extract.castlonglists`)."""

from __future__ import annotations

from tests.extract.helpers import facts, held_pairs, served_pairs

_ACTOR_FIRST = {
    ("Orla Fenwick", "Maisie Strand"),
    ("Tobiah Quell", "Rory Dane"),
    ("Wren Ashby", "Hattie Cole"),
}
_PART_FIRST = {(part, actor) for actor, part in _ACTOR_FIRST}


def test_press_release_list_with_a_plain_casting_after_it_reads_actor_first() -> None:
    found = facts(
        "Lantern Bay: The Last Summer will premiere on Netflix in June, the streamer said today.",
        "Once more on board for the film are Orla Fenwick (Maisie Strand), Tobiah Quell (Rory Dane)"
        " and Wren Ashby (Hattie Cole), with Olivier winner Dara Pemble once again playing"
        " Rory’s dad, Len Harrow.",
    )
    assert served_pairs(found) >= _ACTOR_FIRST
    assert not _PART_FIRST & (served_pairs(found) | held_pairs(found))


def test_list_with_an_actor_as_part_in_the_same_paragraph_reads_actor_first() -> None:
    found = facts(
        "The second series of Lantern Bay has wrapped in Cornwall.",
        "It reunites Orla Fenwick (Maisie Strand), Tobiah Quell (Rory Dane) and Wren Ashby"
        " (Hattie Cole). Newcomer Dara Pemble joins them as Len Harrow.",
    )
    assert served_pairs(found) >= _ACTOR_FIRST
    assert not _PART_FIRST & served_pairs(found)


def test_story_prose_list_reads_part_first_despite_a_plain_casting() -> None:
    found = facts(
        "The second series of Lantern Bay has wrapped in Cornwall.",
        "This time Maisie Strand (Orla Fenwick), Rory Dane (Tobiah Quell) and Hattie Cole"
        " (Wren Ashby) fall out over a summer job. Dara Pemble plays their boss, Len Harrow.",
    )
    assert served_pairs(found) >= _ACTOR_FIRST
    assert not _PART_FIRST & served_pairs(found)


def test_relation_after_a_pair_makes_the_list_story_prose() -> None:
    found = facts(
        "The second series of Lantern Bay has wrapped in Cornwall.",
        "Back at the harbour are Maisie Strand (Orla Fenwick), Rory’s cousin, Rory Dane"
        " (Tobiah Quell) and Hattie Cole (Wren Ashby). Dara Pemble plays Len Harrow.",
    )
    assert not _PART_FIRST & served_pairs(found)


def test_unsupported_list_is_held_not_guessed() -> None:
    found = facts(
        "The second series of Lantern Bay has wrapped in Cornwall.",
        "Also in the new episodes are Orla Fenwick (Maisie Strand), Tobiah Quell (Rory Dane)"
        " and Wren Ashby (Hattie Cole).",
    )
    assert not (_ACTOR_FIRST | _PART_FIRST) & served_pairs(found)


def test_two_pairs_with_a_plain_casting_in_the_paragraph_read_actor_first() -> None:
    found = facts(
        "Lantern Bay: The Last Summer has a new lead after a late recast.",
        "Orla Fenwick (Maisie Strand) and Tobiah Quell (Rory Dane) both stay on with the film,"
        " as does Dara Pemble, who comes back as Len Harrow.",
    )
    assert served_pairs(found) >= {("Orla Fenwick", "Maisie Strand"), ("Tobiah Quell", "Rory Dane")}


def test_two_pairs_at_an_event_with_nothing_to_support_them_are_held() -> None:
    found = facts(
        "Lantern Bay: The Last Summer opened the Harbour Film Festival on Friday.",
        "Orla Fenwick (Maisie Strand) and Tobiah Quell (Rory Dane) were also in attendance.",
    )
    both = {("Orla Fenwick", "Maisie Strand"), ("Tobiah Quell", "Rory Dane")}
    assert not (both | {(p, a) for a, p in both}) & served_pairs(found)


def test_two_pairs_before_a_verb_are_not_read_part_first() -> None:
    found = facts(
        "Lantern Bay: The Last Summer has started filming.",
        "Orla Fenwick (Maisie Strand) and Tobiah Quell (Rory Dane) lead the cast.",
    )
    assert not {("Maisie Strand", "Orla Fenwick"), ("Rory Dane", "Tobiah Quell")} & served_pairs(
        found
    )
