"""Cards for ``/facts``: held facts to review, the corrections log, what a correction did.

Moderators see these privately. Who made a correction is shown by the name they had in their
server then, and the server by its name (or ids, when the bot no longer knows them).
"""

from __future__ import annotations

from bot.answers.corrections import (
    Corrected,
    CorrectionEntry,
    CorrectionLog,
    CorrectionUndone,
    HeldFacts,
)
from bot.corrections import CorrectionAction
from bot.render import fact_lines
from bot.render.common import Card, Field, Style, Tone, and_list, cited, counted, shorten

EVIDENCE_CHARS = 900
QUOTE_CHARS = 300
SUBJECT_CHARS = 120
"""A fact as a correction names it (the log lists many)."""
_DONE = {
    CorrectionAction.APPROVE: "Approved",
    CorrectionAction.REJECT: "Rejected",
    CorrectionAction.HIDE: "Hidden",
    CorrectionAction.UNHIDE: "Back in use",
    CorrectionAction.CAST: "Casting corrected",
    CorrectionAction.SPEAKER: "Speaker corrected",
    CorrectionAction.MERGE: "Names merged",
}


def held_facts(answer: HeldFacts, style: Style) -> list[Card]:
    """One page per held fact, oldest first, with what to decide."""
    if not answer.facts:
        return [Card("Nothing to review", "No fact is waiting for a moderator's decision.")]
    cards = []
    for number, held in enumerate(answer.facts, start=1):
        fields = []
        if held.evidence:
            evidence = style.plain(shorten(held.evidence, EVIDENCE_CHARS))
            fields.append(Field("Evidence", f"“{evidence}”"))
        doubt = style.plain(held.doubt or "the extractor was unsure")
        fields.append(Field("Why it was held", f"{doubt} (confidence {held.confidence:.0%})"))
        fields.append(Field("Article", cited(held.source, style)))
        cards.append(
            Card(
                f"Held fact {number} of {answer.total}: {held.line.fact_id}",
                style.strong(shorten(fact_lines.line(held.line, style), QUOTE_CHARS)),
                tuple(fields),
                footer=(
                    "Oldest first. Approve serves it; Reject keeps it out for good "
                    f"(or /facts approve|reject fact:{held.line.fact_id})."
                ),
                tone=Tone.NOTICE,
            )
        )
    return cards


def correction_log(answer: CorrectionLog, style: Style) -> list[Card]:
    if not answer.entries:
        return [Card("Corrections", "The moderators have corrected nothing yet.")]
    pages = answer.pages()
    shown = len(answer.entries)
    if shown < answer.total:
        listed = f"the newest {shown:,} of {counted(answer.total, 'correction')}"
    else:
        listed = counted(shown, "correction")
    cards = []
    for number, entries in enumerate(pages, start=1):
        lines = [_log_line(entry, style) for entry in entries]
        footer = f"{listed}, newest first"
        if len(pages) > 1:
            footer = f"Page {number} of {len(pages)} · {footer}"
        cards.append(Card("Corrections", "\n".join(lines), footer=footer))
    return cards


def _log_line(entry: CorrectionEntry, style: Style) -> str:
    made = f"{_by(entry, style)}, {style.date(entry.made_at.date())}"
    line = f"{style.strong(f'#{entry.number}')} {describe(entry, style)} — {made}"
    if entry.undone_at is not None:
        line += f" · undone {style.date(entry.undone_at.date())}"
    elif entry.replaced_by is not None:
        line += f" · replaced by #{entry.replaced_by}"
    elif not entry.in_use:
        line += " · unused (what it corrects is gone)"
    return line


def _by(entry: CorrectionEntry, style: Style) -> str:
    if entry.user_id is None:
        return "by the operator"
    who = style.plain(entry.user_name) if entry.user_name else f"user {entry.user_id}"
    where = entry.guild_name or (f"server {entry.guild_id}" if entry.guild_id else "")
    return f"by {who} in {style.plain(where)}" if where else f"by {who}"


def describe(entry: CorrectionEntry, style: Style) -> str:
    """What a correction does, in a sentence without its author."""
    fact = f"{entry.fact_id}: {style.plain(shorten(entry.subject, SUBJECT_CHARS))}"
    match entry.action:
        case CorrectionAction.APPROVE:
            return f"Approved {fact}"
        case CorrectionAction.REJECT:
            return f"Rejected {fact}"
        case CorrectionAction.HIDE:
            reason = f" (reason: {style.plain(entry.reason)})" if entry.reason else ""
            return f"Hid {fact}{reason}"
        case CorrectionAction.UNHIDE:
            return f"Brought back {fact}"
        case CorrectionAction.SPEAKER:
            new = style.plain(entry.value) if entry.value else "nobody named"
            old = style.plain(entry.previous) if entry.previous else "nobody named"
            return f"Set who said {entry.fact_id} to {new} (was {old})"
        case CorrectionAction.CAST:
            return f"Cast {style.plain(entry.value)} as {style.plain(entry.subject)}"
        case CorrectionAction.MERGE:
            kind = "people" if entry.name_kind == "person" else "characters"
            return f"Merged {style.plain(entry.subject)} into {style.plain(entry.value)} ({kind})"


def corrected(answer: Corrected, style: Style) -> list[Card]:
    entry = answer.entry
    lines = [
        describe(entry, style) + ".",
        f"Correction #{entry.number}: `/facts undo correction:{entry.number}` takes it back.",
    ]
    if answer.alerted:
        lines.append("It was news: subscribed servers get the alert it held back.")
    if answer.also_stated:
        ids = and_list([str(fact) for fact in answer.also_stated])
        them = "it" if len(answer.also_stated) == 1 else "them"
        lines.append(
            f"Other articles still say the same ({ids}), so the answers still tell it: "
            f"hide {them} too to keep it out."
        )
    if answer.shown_as is not None:
        given, shown = style.plain(entry.value), style.plain(answer.shown_as)
        lines.append(
            f"The articles write {given} as {shown}, and that spelling is shown: "
            f"`/facts merge name:{shown} into:{given}` shows yours instead."
        )
    return [Card(_DONE[entry.action], "\n".join(lines))]


def undone(answer: CorrectionUndone, style: Style) -> list[Card]:
    entry = answer.entry
    text = f"Correction #{entry.number} no longer applies: {describe(entry, style)}."
    return [Card("Undone", text)]
