"""Cards about people: who plays whom, who someone is, the cast and the crew."""

from __future__ import annotations

from bot.answers.lookups import CastList, CastOrder, CrewList, WhoIs, WhoPlays
from bot.render.common import (
    Card,
    Field,
    Style,
    and_list,
    cited,
    counted,
    job_title,
    newest,
    paged,
    sources_field,
    sources_footer,
)


def who_plays(answer: WhoPlays, style: Style) -> list[Card]:
    if answer.current:
        text = f"{style.strong(answer.current.actor)} plays {style.strong(answer.character)}."
    else:
        text = f"No one is currently cast as {style.strong(answer.character)}."
    fields = []
    if answer.aliases:
        fields.append(Field("Also called", style.plain(and_list(answer.aliases)), inline=True))
    if answer.previous:
        earlier = [f"{style.plain(c.actor)}: {cited(c.source, style)}" for c in answer.previous]
        fields.append(Field("Previously played by", "\n".join(earlier)))
    fields.append(sources_field(answer.sources, style))
    card = Card(
        answer.character,
        text,
        tuple(fields),
        footer=sources_footer(answer.sources),
        as_of=newest(answer.sources),
    )
    return [card]


def who_is(answer: WhoIs, style: Style) -> list[Card]:
    lines = []
    for credit in answer.credits:
        if credit.character:
            verb = "plays" if credit.current else "played"
            lines.append(f"{verb.capitalize()} {style.strong(credit.character)}")
        elif credit.job:
            lines.append(job_title(credit.job))
    if answer.quote_count:
        times = "once" if answer.quote_count == 1 else f"{answer.quote_count:,} times"
        lines.append(f"Quoted {times} (try /quote person:{style.plain(answer.person)})")
    if not lines:
        lines.append("Named in the news, with no role or credit on record yet.")
    fields = []
    if answer.aliases:
        fields.append(Field("Also written", style.plain(and_list(answer.aliases)), inline=True))
    fields.append(sources_field(answer.sources, style))
    card = Card(
        answer.person,
        "",
        tuple(fields),
        footer=sources_footer(answer.sources),
        as_of=newest(answer.sources),
    )
    return paged(card, lines)


def cast(answer: CastList, style: Style) -> list[Card]:
    if not answer.entries:
        return [Card("Cast", "No casting has been announced in the articles I have read.")]
    lines = [
        f"{style.strong(entry.character)}: {style.plain(entry.actor)}" for entry in answer.entries
    ]
    order = "newest casting first" if answer.order is CastOrder.NEWEST else "A to Z"
    sources = [entry.source for entry in answer.entries]
    card = Card(
        f"Cast: {counted(len(answer.entries), 'role')}, {order}",
        "",
        footer=sources_footer(list(dict.fromkeys(sources))),
        as_of=newest(sources),
    )
    return paged(card, lines)


def crew(answer: CrewList, style: Style) -> list[Card]:
    if not answer.jobs:
        return [Card("Crew", "No crew has been announced in the articles I have read.")]
    lines = [
        f"{style.strong(job_title(job.job, len(job.people)))}: " + style.plain(and_list(job.people))
        for job in answer.jobs
    ]
    card = Card(
        "Crew",
        "",
        (sources_field(answer.sources, style),),
        footer=sources_footer(answer.sources),
        as_of=newest(answer.sources),
    )
    return paged(card, lines)
