"""A film title in brackets after a place in a career aside ("a murder in Lisbon (Glass
Ormsgill)"), a bare "Y as Mira" joined to a dub's voice, and a role's earlier holder who left
("a role that first went to Z before he left"): none is this production's casting as read;
and an inverted line-up's first arrival "playing" a part ("New for the film are X, playing Y"),
and a bracketed pair before a bare "as" clause ("follows Tom (X) as Tom prepares ...") or in a
sentence on "selling up" (no film sale), a takeover "from Danish actor X" (X left), and "Y stepped
in after X left" (X left the part Y plays)
(invented sentences)."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, former_pairs, pairs, served_pairs, served_statuses

_LEDE = "Tallowreach, the finale of the teen drama, opens on Friday."


def test_a_place_then_a_bracketed_title_is_no_casting() -> None:
    found = facts(
        _LEDE,
        "Ulva Kettlesing has made films about a baker, about grief (Thin Reed), and about a murder"
        " in Lisbon (Glass Ormsgill).",
    )
    assert not {c for _, c in pairs(found)} & {"Lisbon"}


def test_a_part_then_its_actor_in_brackets_stays_a_casting() -> None:
    found = facts(
        _LEDE,
        "About halfway through, Tom Reddle listens to a voicemail from Mira Holt (Ada Vane).",
    )
    assert ("Ada Vane", "Mira Holt") in pairs(found)


def test_a_bare_as_joined_to_a_dubs_voice_is_the_dubs() -> None:
    found = facts(
        _LEDE,
        "The French-dubbed version will again feature Paul Marchand as the voice of Tom and"
        " Luc Fabre as Mira, the distributor said.",
    )
    assert not {a for a, _ in pairs(found)} & {"Paul Marchand", "Luc Fabre"}


def test_a_bare_as_without_a_dub_stays_a_casting() -> None:
    found = facts(_LEDE, "The film will again feature Paul Marchand as Tom and Luc Fabre as Mira.")
    assert {("Paul Marchand", "Tom"), ("Luc Fabre", "Mira")} <= pairs(found)


def test_a_roles_earlier_holder_left_not_its_player() -> None:
    found = facts(
        _LEDE,
        "Oren Galt plays boat captain Rafe Corran, a role that first went to Sami Loy before he"
        " left the project over dates.",
    )
    assert served_statuses(found).get(("Oren Galt", "Rafe Corran")) is CastStatus.CURRENT
    assert served_statuses(found).get(("Sami Loy", "Rafe Corran")) is CastStatus.FORMER


def test_a_player_who_then_left_is_still_former() -> None:
    found = facts(
        _LEDE, "Oren Galt was cast as boat captain Rafe Corran in May but left the project."
    )
    assert former_pairs(found) == {("Oren Galt", "Rafe Corran")}


def test_an_inverted_line_ups_first_arrival_playing_a_part() -> None:
    found = facts(
        _LEDE,
        "New for the film are Nia Brandt, playing Tom’s flatmate Freya Lusk, and Ivo Hale as"
        " tutor Dr Sam Yaddon.",
    )
    assert ("Nia Brandt", "Freya Lusk") in pairs(found)


def test_a_playing_aside_after_an_object_stays_out() -> None:
    found = facts(_LEDE, "The film was directed by Nia Brandt, playing flatmate Freya Lusk.")
    assert ("Nia Brandt", "Freya Lusk") not in pairs(found)


def test_a_bracketed_pair_before_an_as_clause() -> None:
    found = facts(
        _LEDE,
        "The film follows Tom Reddle (Kai Lund) and Nell Abbot (Ada Vane) as Tom prepares to"
        " leave for university.",
    )
    assert {("Kai Lund", "Tom Reddle"), ("Ada Vane", "Nell Abbot")} <= pairs(found)


def test_a_bracketed_earlier_work_before_a_casting_as() -> None:
    found = facts(_LEDE, "Kai Lund (Cinder Year) will star as Tom Reddle.")
    assert ("Kai Lund", "Tom Reddle") in pairs(found)
    assert not {c for _, c in pairs(found)} & {"Cinder Year"}


def test_a_bracketed_pair_in_a_sentence_on_selling_up() -> None:
    found = facts(
        _LEDE,
        "Kai Lund plays her son Tom Reddle.",
        "After forty years running the family firm, Mira Holt (Ada Vane) announces she’s selling"
        " up – and none of her children will see a penny.",
    )
    assert ("Ada Vane", "Mira Holt") in served_pairs(found)


def test_a_bracketed_territory_in_a_sales_sentence_stays_out() -> None:
    found = facts(
        _LEDE, "The film has sold to Spain (Luna Films), Italy (Lucky Red) and Japan (Gaga)."
    )
    assert not {c for _, c in pairs(found)} & {"Spain", "Italy", "Japan", "Luna Films"}


def test_a_takeover_from_a_described_actor() -> None:
    found = facts(
        _LEDE,
        "Ines Varro appears as Solveig, a yachtswoman.",
        "Varro took over the role from Danish actor Mette Holm, who left the production in May.",
    )
    assert former_pairs(found) == {("Mette Holm", "Solveig")}
    assert ("Ines Varro", "Solveig") in served_pairs(found)


def test_a_leaver_after_whom_the_new_actor_stepped_in() -> None:
    found = facts(
        _LEDE,
        "Tom Reddle is joined by Nia Brandt, cast as the lecturer Professor Hal Ormsgill.",
        "Brandt stepped in after Jo Wixley left the role in July because of a stage run.",
    )
    assert former_pairs(found) == {("Jo Wixley", "Professor Hal Ormsgill")}


def test_a_leaver_after_whom_no_one_is_named_has_no_part() -> None:
    found = facts(_LEDE, "Filming paused after Jo Wixley left the production in July.")
    assert not former_pairs(found)
