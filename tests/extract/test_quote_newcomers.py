"""A pronoun's quote right after a sentence that brings in a new person without making them its
subject, on invented text: the newcomer's words, not the last speaker's."""

from __future__ import annotations

from tests.extract.helpers import facts


def _speakers(*paragraphs: str) -> dict[str, str]:
    found = facts(*paragraphs, date="2026-03-10", title="Inside the making of Copper Bay")
    return {q.text[:16]: q.speaker for q in found.quotes if q.served}


def test_a_pronouns_quote_after_a_newcomer_is_the_newcomers() -> None:
    for introduction, quote in (
        (
            "Much of the film’s warmth comes from the Danish cinematographer Freja Lund, whose "
            "lenses were older than the cast.",
            "“Mara wanted every scene lit like a kitchen at dawn,” she says.",
        ),
        (
            "The strangest job went to the sound designer Otto Verhoeven, who spent a month "
            "recording seagulls.",
            "“Mara sent me to the harbour at 4am, twice,” he says.",
        ),
    ):
        found = _speakers(
            "Mara Quist made Copper Bay in a single winter.",
            "Anya Holt plays the harbourmaster. “I have never been so cold,” Holt told me. "
            "“But I would go back tomorrow.”",
            f"{introduction} {quote}",
        )
        assert found.get("I have never bee") == "Anya Holt", found
        assert found.get(quote[1:17]) not in {None, "", "Anya Holt"}, found
        assert found[quote[1:17]] in introduction, found


def test_a_person_named_before_is_no_newcomer() -> None:
    found = _speakers(
        "Mara Quist made Copper Bay in a single winter, with Anya Holt as the harbourmaster.",
        "Quist is restless. Much of the film’s warmth, she insists, came from working with Anya "
        "Holt, whom she has known for years. “We barely needed to rehearse,” she says.",
    )
    assert found.get("We barely needed") != "Anya Holt", found


def _sources(*paragraphs: str) -> dict[str, tuple[str, str]]:
    found = facts(*paragraphs, date="2026-03-10", title="Copper Bay: everything we know")
    return {q.text[:16]: (q.speaker, q.source.value) for q in found.quotes if q.served}


def test_words_cited_as_someone_put_them_are_theirs() -> None:
    for line, speaker in (
        (
            "- Keep it kind. As u/harbourlights_fan put it last month: “this is a cosy sub.”",
            "u/harbourlights_fan",
        ),
        ("As Mara Quist put it at the launch: “Nobody in this town locks a door.”", "Mara Quist"),
    ):
        found = _sources("Mara Quist made Copper Bay in a single winter.", line)
        assert [who for who, _ in found.values()] == [speaker], found


def test_a_text_of_a_company_named_with_a_number_is_the_companys() -> None:
    for line in (
        "Channel 5’s official synopsis reads: “A lighthouse keeper finds a boat with no crew.”",
        "ITV 2's press release says: “A lighthouse keeper finds a boat with no crew.”",
    ):
        found = _sources("Copper Bay returns this year.", line)
        assert list(found.values()) == [(line.split("’s")[0].split("'s")[0], "organisation")], found


def test_a_pronoun_follows_back_to_the_one_person_named_before_it() -> None:
    for opening in (
        "The first thing you notice about Mara Quist is that she never stops moving.",
        "What strikes you about Mara Quist is how little she says between takes.",
    ):
        found = _speakers(
            "Copper Bay, directed by Mara Quist, took nine years to make.",
            f"{opening} Throughout our lunch in a Leith café she sketches shots on napkins.",
            "“Do you like the sea? No? Then the film is not for you,” she says.",
        )
        assert found.get("Do you like the ") == "Mara Quist", found


def test_a_pronoun_after_two_named_people_follows_back_to_neither() -> None:
    found = _speakers(
        "Copper Bay, directed by Mara Quist and scored by Ada Lind, took nine years.",
        "The first thing you notice about Mara Quist and Ada Lind is that she never sits down.",
        "“We do not talk about the seagulls,” she says.",
    )
    assert found.get("We do not talk a") in {None, ""}, found


def test_an_age_given_nowhere_after_two_named_people_is_neither() -> None:
    for middle in (
        "Ada Lind has exited Copper Bay, with Nora Bay taking over the role of Edie Marsh from "
        "the Salt Road star.",
        "In a statement, Ada Lind said she was sad to leave but excited for fans to meet Nora "
        "Bay’s Edie Marsh.",
    ):
        found = _speakers(
            "Copper Bay has recast Edie Marsh after Ada Lind’s exit.",
            "Ada Lind was cast as Edie Marsh in May. Nora Bay has now been cast as Edie Marsh.",
            middle,
            "“I was born smelling of fish,” the 31-year-old joked.",
        )
        assert found.get("I was born smell") in {None, ""}, found


def test_an_age_given_nowhere_after_one_named_person_is_theirs() -> None:
    found = _speakers(
        "Copper Bay has recast Edie Marsh.",
        "Nora Bay has now been cast as Edie Marsh, the harbourmaster, for the second series.",
        "“I was born smelling of fish,” the 31-year-old joked.",
    )
    assert found.get("I was born smell") == "Nora Bay", found


def test_a_pronouns_quote_after_a_described_object_is_the_objects() -> None:
    found = _speakers(
        "Kell Orrin directs Copper Bay, with Tamsin Ashgrove as the lead.",
        "Tamsin Ashgrove is in make-up, but we do get a few minutes with Odile Prask, the "
        "Leeds-born newcomer playing Ms Arden, the new music teacher. “The whole cast have "
        "been so kind,” she says.",
    )
    assert found["The whole cast h"] == "Odile Prask", found


def test_a_described_subject_after_a_fronted_object_keeps_its_own_verb() -> None:
    found = _speakers(
        "Kell Orrin directs Copper Bay, with Tamsin Ashgrove as the lead.",
        "After a week of night shoots with Odile Prask, the director looks tired. “We shoot "
        "the pier on Friday,” he says.",
    )
    assert found["We shoot the pie"] == "Kell Orrin", found


def test_a_noun_for_where_someone_is_from_describes_the_last_speaker() -> None:
    found = _speakers(
        "Kell Orrin directs Copper Bay.",
        "Behind the monitor, the cinematographer Isak Morrow is fussing over the rain. “We "
        "love it,” he says. “You cannot buy rain like this.” The Swede describes the look of "
        "the film as “warm, not sweet”.",
    )
    assert found["warm, not sweet"] == "Isak Morrow", found


def test_a_plural_place_noun_is_no_one_speaker() -> None:
    found = _speakers(
        "Kell Orrin directs Copper Bay.",
        "Behind the monitor, the cinematographer Isak Morrow is fussing over the rain. “We "
        "love it,” he says. “You cannot buy rain like this.” The Swedes describe the set as "
        "“a swamp”.",
    )
    assert found.get("a swamp", "") != "Isak Morrow", found
