"""Subjects a later "she laughs" or "he said" never stands for: a description closed by its
commas after the name of a part someone was cast as ("cast as Ember Hale, the horse-mad cousin
of Hollis Fenn, after ..."), which describes the part; and a work told as the pronoun's person's
own past a "which" aside ("Quillon, which lands next week, is his last outing"); an older
sayer past a "when" clause that acts on "her" after a name's own clause, or past a fronted phrase
before a name and its aside ("Between takes, Reed, best known as ..., is reading")."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_description_of_the_part_cast_is_not_who_laughs() -> None:
    found = facts(
        "Dorcas Pym is early, which she says is a first.",
        "Pym was cast as Ember Hale, the horse-mad cousin of Hollis Fenn, after sending in a"
        " self-tape from her bedroom. “I didn’t have an agent. I had a phone,” she laughs."
        " “Ember gave me a voice.”",
        title="‘Ember gave me a voice’: Dorcas Pym on leaving Marram Light behind",
    )
    speakers = {speaker for _, speaker in served_quotes(found)}
    assert speakers == {"Dorcas Pym"}


def test_a_work_owned_past_a_which_aside_is_not_who_said() -> None:
    found = facts(
        "Gable Stroud was 14 when he played a young poet in Saltwick.",
        "Quillon, which lands on Netflix next Friday, is his last outing as Tam."
        " “Tam taught me a lot,” he said over coffee.",
        title="Gable Stroud: the long goodbye to Tam",
    )
    assert all(speaker != "Quillon" for _, speaker in served_quotes(found))


def test_her_in_a_when_clause_after_a_name_is_that_name() -> None:
    found = facts(
        "Brineholt follows a young welder (Dana Lomax-Dunne). It was produced by Tamsin Quarrell.",
        "“We made it in a month,” Quarrell said.",
        "Lomax-Dunne, 24, was working in a bakery when casting director Ivo Sarkis spotted her"
        " at a youth showcase. “Ivo said, ‘You will hate me,’” she remembers. “He was right.”",
        title="Brineholt: the small film that could",
    )
    speakers = [speaker for text, speaker in served_quotes(found) if text.startswith("Ivo")]
    assert speakers == ["Dana Lomax-Dunne"]


def test_a_name_between_a_fronted_phrase_and_its_aside_is_who_says() -> None:
    found = facts(
        "Ossian Ashdale-Roe plays the ferryman in Gorsemoor, a ghost story for Sky.",
        "A Sky spokesperson said a date would be “confirmed nearer the time”.",
        "Between takes, Ashdale-Roe, best known as Captain Venn in Pellbrook, is reading a"
        " paperback. “Homework,” he says. “I’m playing a smuggler next spring.”",
        title="On set with Gorsemoor",
    )
    speakers = [speaker for text, speaker in served_quotes(found) if text.startswith("Homework")]
    assert speakers == ["Ossian Ashdale-Roe"]
