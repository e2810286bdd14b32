"""Review of round 182's rules on sentences of other shapes (invented text, none of the
corpus's names or titles)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts, served_pairs, served_quotes

_RELEASE = "Gorse Lane, the drama from Pell Ardon, will be released on Netflix on Friday 8 May."


def _premiere_dates(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-05-01", title="Radio hour marks Gorse Lane release")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_a_date_on_the_eve_of_the_works_release_is_another_events() -> None:
    found = _premiere_dates(
        "A station will air a tribute hour on Thursday 7 May, the eve of the film's release.",
        _RELEASE,
    )
    assert found == {"2026-05-08"}


def test_a_date_told_as_on_the_eve_of_its_release_is_another_events() -> None:
    found = _premiere_dates(
        "A station will air a tribute hour on Thursday 7 May, on the eve of its release.",
        _RELEASE,
    )
    assert found == {"2026-05-08"}


def test_an_eve_timed_with_dotted_pm_is_another_events() -> None:
    found = _premiere_dates(
        "A station will air a tribute hour on Thursday 7 May at 8 p.m., the evening before the"
        " film is released.",
        _RELEASE,
    )
    assert found == {"2026-05-08"}


_TEASER = "Channel 4 has shared a teaser for Hollin Moor. Reaction has been loud. We follow a"


def _teaser_quotes(sound: str) -> list[str]:
    found = facts(
        "Hollin Moor: what we know so far",
        f"{_TEASER} farmer walking a frozen fell before {sound}"
        " \u201cThey never leave before the thaw\u201d and then nothing but wind.",
    )
    return [text for text, _ in served_quotes(found)]


def test_a_sound_of_the_footage_before_a_colon_is_the_works_line() -> None:
    assert _teaser_quotes("a faint whisper:") == []


def test_a_sound_of_the_footage_with_two_adjectives_is_the_works_line() -> None:
    assert _teaser_quotes("a low, hoarse rasp of") == []


def test_a_whispered_line_of_the_footage_is_the_works_line() -> None:
    assert _teaser_quotes("a whispered") == []


_FERRY_DRAMA = (
    "This week we talk to Orla Venn, writer of Gullhaven, the four-part drama about a ferry"
    " family that"
)


def _shoot_then_release(state: str) -> set[tuple[str, str, bool]]:
    found = facts(
        f"{_FERRY_DRAMA} {state} on Channel 4 next year.",
        date="2026-02-10",
        title="Podcast: the makers of Gullhaven",
    )
    return {
        (r.kind.value, str(r.date or r.window), r.hedged)
        for r in found.release
        if r.served and r.kind.value != "title"
    }


def test_a_work_in_production_and_expected_later_has_a_window() -> None:
    assert _shoot_then_release("is currently in production and expected") == {
        ("window", "2027", True)
    }


def test_a_work_shooting_then_a_comma_and_expected_later_has_a_window() -> None:
    assert _shoot_then_release("is now shooting, and is expected") == {("window", "2027", True)}


_DEEP_TITLE = "Everything we know about Harrowgate Deep"
_DEEP_LEDE = "Harrowgate Deep, the new coastal drama, starts filming in Fife next month."


def _bracket_pairs(sentence: str) -> set[tuple[str, str]]:
    return served_pairs(facts(_DEEP_LEDE, sentence, title=_DEEP_TITLE))


def test_a_bracketed_work_before_stepping_behind_the_camera_is_not_a_part() -> None:
    assert _bracket_pairs("Tamsin Orrell-Vance (Greywater) steps behind the camera.") == set()


def test_a_bracketed_work_before_taking_the_helm_is_not_a_part() -> None:
    assert _bracket_pairs("Tamsin Orrell-Vance (Greywater) takes the helm.") == set()


def test_a_bracketed_work_before_the_directors_chair_is_not_a_part() -> None:
    assert _bracket_pairs("Tamsin Orrell-Vance (Greywater) returns to the director’s chair.") == (
        set()
    )


def _aunt_quotes(shown: str) -> list[str]:
    found = facts(
        "Orchard Lane returns in June",
        "Orchard Lane returns on 6 June. Dilys Fenwick, who plays Tom's aunt Peg, "
        f'{shown} "Nothing in this house stays buried."',
    )
    return [text for text, _ in served_quotes(found)]


def test_an_actor_seen_in_the_trailer_telling_kin_is_a_line_of_the_work() -> None:
    assert _aunt_quotes("is seen in the new trailer, telling her nephew") == []


def test_an_actor_turning_up_in_the_trailer_before_a_colon_is_a_line_of_the_work() -> None:
    assert _aunt_quotes("turns up in the new trailer, telling her nephew:") == []


def test_an_actor_in_the_trailer_whispering_to_kin_is_a_line_of_the_work() -> None:
    assert _aunt_quotes("appears briefly in the new trailer, whispering to her nephew") == []


def test_an_actor_seen_in_the_trailer_telling_fans_is_still_quoted() -> None:
    assert _aunt_quotes("is seen in the new trailer, and told fans at the launch") != []


def test_the_surname_after_a_fronted_title_finds_an_accented_full_name() -> None:
    found = facts(
        _DEEP_LEDE,
        "Élodie Paltrey has been acting since she was nine.",
        "In Harrowgate Deep Paltrey plays Ilse, a lighthouse keeper's daughter.",
        title=_DEEP_TITLE,
    )
    assert served_pairs(found) == {("Élodie Paltrey", "Ilse")}


def test_the_show_told_as_shot_under_earlier_directors_in_the_simple_past_is_dropped() -> None:
    found = facts(
        "Cameras started rolling on the Pellingham Road film in Hastings this week.",
        "The film is directed by Mara Quell.",
        "Quell wanted a warmer look than the show, which was filmed under directors Dev Harlow"
        " and Ines Corry.",
        title="Pellingham Road film starts shooting in Hastings",
    )
    directors = {name for post, name in credits(found) if post == "director"}
    assert directors == {"Mara Quell"}


def test_a_blog_entry_timed_by_the_hour_alone_on_another_shows_season_is_that_shows() -> None:
    found = facts(
        "The studio unveiled the Quillon Row film's title at the convention.",
        "By Della Marchmont | Last updated 3:40pm",
        "3pm – The Quillon Row film stars Ansel Ferrand as Gideon Moult, the studio confirmed.",
        "2pm – Perpetua Algood got the biggest cheer as Ines Quarrie, confirming that Calder Moss"
        " season three arrives on 4 May.",
        "1pm – Welcome to our live coverage of the fan convention.",
        title="Fan convention live: Quillon Row film title unveiled and more",
    )
    assert served_pairs(found) == {("Ansel Ferrand", "Gideon Moult")}
