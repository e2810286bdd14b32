"""Cast and quote failures met in blind batch 8, each on invented text (none of the batch's
names)."""

from __future__ import annotations

from bot.facts import CastStatus, SourceKind
from tests.extract.helpers import facts, pairs


def _status(found: object, actor: str, character: str) -> CastStatus | None:
    for fact in getattr(found, "cast", ()):
        if (fact.actor, fact.character) == (actor, character):
            return fact.status  # type: ignore[no-any-return]
    return None


# Cast: a bracketed credit before a casting verb is the actor's earlier work, not a part.


def test_a_bracketed_show_before_will_play_is_a_credit_not_the_actor() -> None:
    found = facts(
        "The Lantern Bay film has a new lead.",
        "Tamsin Rook (Harbour Lights) will play Greta Voss, the baker who runs the quay, "
        "replacing Ivo Bell, who has exited the project.",
    )
    assert ("Tamsin Rook", "Greta Voss") in pairs(found)
    assert _status(found, "Ivo Bell", "Greta Voss") is CastStatus.FORMER
    assert all("Harbour Lights" not in (c.actor, c.character) for c in found.cast)
    assert all(c.character != "Tamsin Rook" for c in found.cast)


def test_a_bracketed_show_before_has_been_cast_as_is_a_credit() -> None:
    found = facts(
        "Two names join the Lantern Bay film.",
        "Swedish actor Piet Lammers (The Night Ferry), who has been cast as Prof Alma Reed, "
        "starts next month.",
        "Odile Brandt (Coldwater) has been cast as Sol Marek.",
    )
    assert ("Piet Lammers", "Prof Alma Reed") in pairs(found)
    assert ("Odile Brandt", "Sol Marek") in pairs(found)
    assert all("Night Ferry" not in c.character for c in found.cast)


def test_a_title_before_star_in_played_by_is_not_the_actor() -> None:
    found = facts(
        "The Lantern Bay teaser is out.",
        "It introduces Greta Voss, played by Harbour Lights star Tamsin Rook, and Sol Marek.",
        "Prof Alma Reed is played by the Night Ferry actor Piet Lammers.",
    )
    assert ("Tamsin Rook", "Greta Voss") in pairs(found)
    assert ("Piet Lammers", "Prof Alma Reed") in pairs(found)
    assert all(c.actor not in {"Harbour Lights", "Night Ferry"} for c in found.cast)


def test_who_replaced_after_a_description_names_the_leaver_and_the_joiner() -> None:
    found = facts(
        "Lantern Bay wrapped last week.",
        "Tamsin Rook, the Harbour Lights actor who replaced Ivo Bell as Sol’s Swiss "
        "landlady Greta Voss, spent the shoot learning German.",
        "Piet Lammers, who replaced Odile Brandt as the Danish chef Alma Reed, stayed on.",
    )
    assert ("Tamsin Rook", "Greta Voss") in pairs(found)
    assert _status(found, "Ivo Bell", "Greta Voss") is CastStatus.FORMER
    assert ("Piet Lammers", "Alma Reed") in pairs(found)
    assert _status(found, "Odile Brandt", "Alma Reed") is CastStatus.FORMER
    assert all(c.character not in {"Swiss", "Danish"} for c in found.cast)


def test_parts_first_then_still_played_by_pairs_in_order() -> None:
    found = facts(
        "The Lantern Bay film starts shooting.",
        "Greta and Sol are still played by Rook and Piet Lammers, both now producers too.",
        "Tamsin Rook said she was thrilled.",
    )
    assert {("Tamsin Rook", "Greta"), ("Piet Lammers", "Sol")} <= pairs(found)


def test_parts_first_played_by_three_actors() -> None:
    found = facts(
        "The Lantern Bay film starts shooting.",
        "Greta, Sol and Alma will be played by Tamsin Rook, Piet Lammers and Odile Brandt.",
    )
    assert pairs(found) == {
        ("Tamsin Rook", "Greta"),
        ("Piet Lammers", "Sol"),
        ("Odile Brandt", "Alma"),
    }


def test_a_nationality_alone_is_never_a_part() -> None:
    found = facts(
        "The Lantern Bay film adds a guest.",
        "Ivo Bell joins as Sol's Italian",
        "cousin in two scenes.",
    )
    assert all(c.character != "Italian" for c in found.cast)


# Quotes with speakers.


def _quotes(*paragraphs: str, title: str | None = None) -> dict[str, tuple[str, SourceKind]]:
    found = facts(*paragraphs, title=title)
    return {q.text[:14]: (q.speaker, q.source) for q in found.quotes if q.served}


def test_a_rep_for_an_actor_is_an_unnamed_source_not_the_actor() -> None:
    found = _quotes(
        "Ivo Bell has left the Lantern Bay film.",
        "A representative for Bell said the actor was “gutted to go” and wished the team well.",
        "A spokesperson for Tamsin Rook said: “She is thrilled to be aboard.”",
    )
    assert found["gutted to go"][1] is SourceKind.UNNAMED
    assert found["She is thrille"][1] is SourceKind.UNNAMED


def test_an_unnamed_fan_outside_a_venue_is_unnamed_not_the_outlet_after() -> None:
    found = _quotes(
        "The Lantern Bay film premiered tonight.",
        "One viewer outside the cinema called it “the most tears I have shed all year”, and "
        "Screen Daily reported "
        "that the room gave it a “long standing ovation”.",
        "A fan inside the foyer wrote “best night ever”, but the studio said nothing.",
    )
    assert found["the most tears"] == ("One viewer outside the cinema", SourceKind.UNNAMED)
    assert found["long standing "][1] is SourceKind.ORGANISATION
    assert found["best night eve"][1] is SourceKind.UNNAMED


def test_a_colon_after_another_persons_clause_gives_them_the_quote() -> None:
    found = _quotes(
        "Tamsin Rook and Piet Lammers spoke to us at the Lantern Bay premiere.",
        "“We cried all day,” Rook said in a clip posted online, before Lammers leaned into "
        "shot: “She cried. I was fine.”",
        "“It is about waiting,” Rook told us, as Lammers, standing beside her, finished the "
        "thought: “and what you do while you wait.”",
    )
    assert found["We cried all d"][0] == "Tamsin Rook"
    assert found["She cried. I w"][0] == "Piet Lammers"
    assert found["It is about wa"][0] == "Tamsin Rook"
    assert found["and what you d"][0] == "Piet Lammers"


def test_a_second_quote_after_while_and_said_colon_is_the_new_subjects() -> None:
    found = _quotes(
        "Tamsin Rook and Piet Lammers arrived together at the Lantern Bay premiere.",
        "Asked about the shoot, Rook said “the food, mostly,” while Lammers, grinning, pointed "
        "at her and said: “Her. Only her.”",
    )
    assert found["the food, most"][0] == "Tamsin Rook"
    assert found["Her. Only her."][0] == "Piet Lammers"


def test_a_colon_clause_that_is_not_speech_credits_no_one() -> None:
    found = facts(
        "Tamsin Rook and Piet Lammers spoke at the Lantern Bay premiere.",
        "“We cried all day,” Rook said, while Lammers stared at the floor: “Not me.”",
    )
    quote = next(q for q in found.quotes if q.text.startswith("Not me"))
    assert quote.source is SourceKind.UNATTRIBUTED


def test_a_q_and_a_answer_is_the_headline_subjects() -> None:
    found = _quotes(
        "A year ago Odile Brandt was working in a bakery. Now she leads the Lantern Bay film.",
        "When Odile Brandt got the call, she was on a train.",
        "Q: How did you hear?",
        "A: On a train, which was very loud.",
        "Q: And the first day?",
        "A: Scary. Ivo Bell told me, ‘Just breathe,’ and it helped.",
        title="Odile Brandt on Lantern Bay, Bakeries and Big Breaks",
    )
    assert found["On a train, wh"][0] == "Odile Brandt"
    assert found["Scary. Ivo Bel"][0] == "Odile Brandt"


def test_capitalised_surname_labels_name_the_panellists() -> None:
    found = _quotes(
        "Tamsin Rook and Piet Lammers talked to Screen Daily about Lantern Bay.",
        "SCREEN DAILY: Where did it start?",
        "ROOK: In my aunt's garden.",
        "SCREEN DAILY: And for you?",
        "LAMMERS: In a bus station.",
    )
    assert found["In my aunt's g"][0] == "Tamsin Rook"
    assert found["In a bus stati"][0] == "Piet Lammers"


def test_she_in_an_answer_is_no_one_the_exchange_has_not_named() -> None:
    found = facts(
        "Odile Brandt plays Greta Voss in the Lantern Bay film, opposite Piet Lammers.",
        "Q: Do you share scenes with Tamsin Rook?",
        "A: Barely. We met at the read-through and she told me the film was “a slow burn,” "
        "which I loved.",
        title="Odile Brandt on Lantern Bay",
    )
    quote = next(q for q in found.quotes if q.text.startswith("a slow burn"))
    assert quote.speaker != "Odile Brandt"
    assert quote.speaker in {"", "Tamsin Rook"}


def test_a_part_with_its_actor_in_brackets_before_a_verb_is_still_a_casting() -> None:
    found = facts(
        "The Lantern Bay trailer is out.",
        "Greta (Tamsin Rook) plays the piano while Sol (Piet Lammers) plays Ivo's old records.",
    )
    assert {("Tamsin Rook", "Greta"), ("Piet Lammers", "Sol")} <= pairs(found)


def test_a_part_named_like_an_award_is_still_a_part() -> None:
    found = facts(
        "The Lantern Bay film adds two names.",
        "Ivo Bell joins as Tony, a waiter, and Piet Lammers will play Oscar Reyes.",
    )
    assert {("Ivo Bell", "Tony"), ("Piet Lammers", "Oscar Reyes")} <= pairs(found)


def test_aka_with_a_relation_names_the_part() -> None:
    found = facts(
        "Live from the Lantern Bay premiere.",
        "Odile Brandt, aka Sol's grumpy aunt Greta, has just arrived.",
        "Meanwhile Ivo Bell, aka Greta's son Tom Voss, waved at fans.",
        "Piet Lammers, aka Lanky Pete, signed posters.",
    )
    assert {("Odile Brandt", "Greta"), ("Ivo Bell", "Tom Voss")} <= pairs(found)
    assert all(c.actor != "Piet Lammers" for c in found.cast)


def test_a_name_on_a_topic_before_a_colon_is_the_speaker() -> None:
    found = _quotes(
        "Live from the Lantern Bay premiere, where Tamsin Rook and Piet Lammers have arrived.",
        "19:40 – Producer Tamsin Rook on the carpet: “This is the last night we are all here.”",
        "Lammers on his next job: “A long holiday, hopefully.”",
    )
    assert found["This is the la"][0] == "Tamsin Rook"
    assert found["A long holiday"][0] == "Piet Lammers"
