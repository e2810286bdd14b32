"""A part told of another work in a career aside ("who made his stage debut in Pellam Street as
Y") or in a work's relative clause ("Brisket Lane, which gave us X as Y") is that work's part,
not the article's. A part replaced, then told played by someone ("replacing Dr Ysolde Penhale, who
was played by X"), is no actor."""

from tests.extract.helpers import facts, served_pairs

_TITLE = "Nettlecombe: first look at the new series"
_LEDE = "Nettlecombe returns in May, with Jory Tallis as Sam Orrin."


def test_a_debut_in_another_work_is_not_ours() -> None:
    found = facts(
        _LEDE,
        "Meanwhile Tallis, who made his West End debut in Pellam Street as Kit Ashdown, has been"
        " tipped for an award.",
        title=_TITLE,
    )
    assert ("Jory Tallis", "Sam Orrin") in served_pairs(found)
    assert ("Jory Tallis", "Kit Ashdown") not in served_pairs(found)


def test_a_debut_in_our_work_stays() -> None:
    found = facts(
        "Odile Farrant, who made her screen debut in Nettlecombe as Wenna Skerry, is back.",
        title=_TITLE,
    )
    assert ("Odile Farrant", "Wenna Skerry") in served_pairs(found)


def test_a_work_that_gave_us_a_part_keeps_it() -> None:
    found = facts(
        _LEDE,
        "Brisket Lane, which gave us Marrin Coyle as Ned Fairweather for four seasons, ran out"
        " of road long before its final episode.",
        title=_TITLE,
    )
    assert ("Jory Tallis", "Sam Orrin") in served_pairs(found)
    assert ("Marrin Coyle", "Ned Fairweather") not in served_pairs(found)


def test_a_replaced_part_played_by_someone_is_no_actor() -> None:
    found = facts(
        _LEDE,
        "Tamsin Orlo as Brede Calloway, the new pathologist (replacing Dr Ysolde Penhale, who was"
        " played by Odile Farrant in series one)",
        title=_TITLE,
    )
    assert ("Tamsin Orlo", "Brede Calloway") in served_pairs(found)
    assert not {actor for actor, _ in served_pairs(found)} & {"Ysolde Penhale", "Dr Ysolde Penhale"}
