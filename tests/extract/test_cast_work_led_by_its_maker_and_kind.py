"""A sentence led by another work told by its maker's possessive and its kind ("Kai Reed's
sequel, which again stars X as Y, ...", "Vela TV and Corran's border drama returns on ..., with
X playing Y") casts that work: held, never served. The article's own work, named in the sentence
or by its maker, keeps its casting (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Box office: Marrow Point holds on as Tin Harbour fans pack cinemas"
_LEDE = "Tin Harbour's one-night fan screenings took £800,000 on Sunday."


def test_a_casting_in_a_sentence_led_by_a_made_work_is_not_served() -> None:
    for sentence, pair in (
        (
            "Odran Vesk's sequel, which again stars Pella Marrick as the night nurse Ivy Cole,"
            " dipped just 20%.",
            ("Pella Marrick", "Ivy Cole"),
        ),
        (
            "Tamsin Rule's adaptation, with Corvin Ashby and Lilo Prent as Hal and Dora, was a"
            " love story.",
            ("Corvin Ashby", "Hal"),
        ),
        (
            "S7V and Vela Wales's border thriller returns on 2 May, with Brannoc Eyre again"
            " playing DI Tal Morrow.",
            ("Brannoc Eyre", "DI Tal Morrow"),
        ),
    ):
        found = facts(_LEDE, sentence, title=_TITLE)
        assert pair not in served_pairs(found), sentence


def test_the_articles_own_work_led_by_its_maker_keeps_its_casting() -> None:
    found = facts(
        _LEDE,
        "Odran Vesk's Tin Harbour sequel, which stars Pella Marrick as Ivy Cole, opens in May.",
        title=_TITLE,
    )
    assert ("Pella Marrick", "Ivy Cole") in served_pairs(found)


def test_a_plain_casting_after_a_possessive_stays() -> None:
    found = facts(_LEDE, "Odran Vesk's film stars Pella Marrick as Ivy Cole.", title=_TITLE)
    assert ("Pella Marrick", "Ivy Cole") in served_pairs(found)
