"""A leaver named after a role noun ("..., replacing (the) Welsh actor X") left the part the
sentence names before it; the part's new actor keeps it."""

from tests.extract.helpers import facts, former_pairs, served_pairs


def _read(sentence: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    found = facts(sentence, "Dario Vell returns as Tobin Adair.")
    return served_pairs(found), former_pairs(found)


def test_replacing_an_origin_actor_after_the_role_of() -> None:
    served, former = _read(
        "Marla Quennell has stepped into the role of Wren Hollis, Tobin Adair's flatmate, "
        "replacing Danish actor Oskar Brandeker, who has exited the film over a scheduling clash."
    )
    assert ("Marla Quennell", "Wren Hollis") in served
    assert ("Oskar Brandeker", "Wren Hollis") in served & former


def test_replacing_the_actress_after_will_play() -> None:
    served, former = _read(
        "Newcomer Sadie Orrin will play Petra Lusk in the film, replacing the Welsh actress "
        "Bryony Tal, who withdrew in June."
    )
    assert ("Sadie Orrin", "Petra Lusk") in served
    assert ("Bryony Tal", "Petra Lusk") in served & former


def test_a_replaced_actor_named_with_their_own_part_is_left_to_that_form() -> None:
    served, _ = _read(
        "Ivo Brandeker boards the film, replacing actor Ned Carrowby as Tobin's brother Luc Adair."
    )
    assert ("Ned Carrowby", "Tobin Adair") not in served
