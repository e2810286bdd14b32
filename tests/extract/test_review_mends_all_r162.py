"""Review mends of round 162, on invented articles: a role noun after "the" keeps its article
before a joining word; a past part's partner is ours when the past is a clause the present goes
on from, or a part played up to now; a past version's cast is the names right after its verb,
even at a sentence's start; a live blog's stamp may end on a colon or a space; a host quoting
listeners or a letter from one passes their words on; and a speaker who "gets one word" answers."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

LEDE = "Quenby Marsh, the new BBC drama from writer Pell Ansty, has begun filming in Leeds."


def test_a_role_noun_before_a_joining_word_keeps_its_article() -> None:
    for sentence in (
        "Tobin Garrowby plays the Gatewarden opposite Ada Vell as Kit.",
        "Tobin Garrowby plays the Gatewarden alongside Ada Vell.",
    ):
        assert ("Tobin Garrowby", "the Gatewarden") in served_pairs(facts(LEDE, sentence))


def test_a_family_name_before_a_noun_is_still_no_role_noun() -> None:
    found = facts(LEDE, "Tobin Garrowby plays the Vey matriarch opposite Ada Vell.")
    assert ("Tobin Garrowby", "the Vey") not in pairs(found)


def test_a_partner_after_a_closed_past_clause_is_ours() -> None:
    for sentence in (
        "Tobin Garrowby, who starred in the first film, returns alongside Ada Vell as Kit.",
        "Tobin Garrowby has long played Nell, opposite Ada Vell as Kit.",
        "Tobin Garrowby’s played Nell since 2022, opposite Ada Vell as Kit.",
    ):
        assert ("Ada Vell", "Kit") in served_pairs(facts(LEDE, sentence)), sentence


def test_a_partner_of_a_part_played_in_the_past_is_still_not_ours() -> None:
    found = facts(
        LEDE, "She played Nell, the youngest, opposite Ada Vell as the eldest sister, Sable Vey."
    )
    assert not any(actor == "Ada Vell" for actor, _ in pairs(found))


def test_a_past_version_at_a_sentences_start_is_another_production() -> None:
    found = facts(LEDE, "The stage version in 2019 had Ada Vell as Kit.")
    assert not any(actor == "Ada Vell" for actor, _ in pairs(found))


def test_our_adaptation_that_had_news_keeps_its_cast() -> None:
    for sentence in (
        "Quick reminder: the television adaptation had its first read-through in Leeds this"
        " week, with Ada Vell as Kit.",
        "Since then the TV adaptation has had a new writer, and now has Ada Vell as Kit.",
    ):
        assert ("Ada Vell", "Kit") in served_pairs(facts(LEDE, sentence)), sentence


def _directors(*texts: str) -> set[str]:
    found = facts("Quillon Bay premiered in Competition at the festival on Friday.", *texts)
    return {c.name for c in found.crew if c.served and c.role.name == "DIRECTOR"}


def test_a_stamp_ending_on_a_colon_or_a_space_still_turns_elsewhere() -> None:
    for stamp in ("2.15pm: Elsewhere,", "14:00 Elsewhere:", "2pm – Elsewhere:"):
        sentence = f"{stamp} rival Der Sommerhof, directed by Idris Kell, screens at 16:00."
        assert not _directors(sentence), sentence


def test_a_stamped_entry_about_our_film_still_keeps_its_credit() -> None:
    assert _directors("2pm: Quillon Bay, directed by Sefa Harrow, screens again at 16:00.") == {
        "Sefa Harrow"
    }


def test_listeners_or_a_letter_a_host_quotes_are_not_the_hosts() -> None:
    for quoted in ("two listeners who had written in", "a letter from a listener"):
        found = facts(
            "Ilsabet Quennet went on the Brisewood Lanes podcast this week.",
            f"Host Tamsk Plumtree quoted {quoted}: “Sabeline got me through a bad winter.”"
            " Quennet said that was lovely.",
        )
        speakers = {q.speaker for q in found.quotes if q.text.startswith("Sabeline")}
        assert speakers == {""}, quoted


def test_a_speaker_who_gets_one_word_answers_in_it() -> None:
    found = facts(
        "Odile Farrant has joined Quillmarsh as Tess Orrin.",
        "Asked to sum up the shoot, Farrant gets one word: “Freezing.”",
    )
    assert [(q.speaker, q.served) for q in found.quotes] == [("Odile Farrant", True)]


def test_a_part_that_gets_one_word_still_speaks_in_the_work() -> None:
    found = facts(
        "Odile Farrant has joined Quillmarsh as Tess Orrin.", "Tess gets one word: “Run.”"
    )
    assert not any(q.served for q in found.quotes)
