"""Cards about the film's news: release date, quotes, and the article archive."""

from __future__ import annotations

import datetime as dt

from bot.answers.lookups import (
    SEARCH_PAGE_SIZE,
    ArticleList,
    ArticleSummary,
    DatedFact,
    QuoteAnswer,
    ReleaseInfo,
    SearchHit,
    SearchResults,
)
from bot.fact_kinds import SourceKind
from bot.render import release_words
from bot.render.common import (
    Card,
    Field,
    Style,
    cited,
    counted,
    job_title,
    paged,
    sources_field,
    sources_footer,
)
from bot.render.dates import countdown


def release(answer: ReleaseInfo, style: Style) -> list[Card]:
    lines = []
    if answer.premiere:
        date = dt.date.fromisoformat(answer.premiere.value)
        when = countdown(date, answer.today) if answer.today else None
        said = release_words.premiere(date, answer.today, style)
        lines.append(f"{said}, {when}." if when else f"{said}.")
        if answer.previous_premiere:
            moved = f"It was moved from {_fact_date(answer.previous_premiere, style)}"
            if answer.premiere.source.published:
                moved += f", as announced on {style.date(answer.premiere.source.published)}"
            lines.append(moved + ".")
    else:
        as_of = f" as of {style.date(answer.as_of)}" if answer.as_of else ""
        lines.append(f"No release date has been announced{as_of}.")
        if answer.window:
            lines.append(f"{release_words.window(answer.window.value, answer.window.hedged)}.")
    if answer.production:
        status = answer.production
        lines.append(
            f"{release_words.production(status.stage, status.date, status.period, style)}."
        )
    title = f"{style.plain(answer.title.value)}: release date" if answer.title else "Release date"
    fields = (sources_field(answer.sources, style),) if answer.sources else ()
    footer = sources_footer(answer.sources)
    return [Card(title, "\n".join(lines), fields, footer=footer, as_of=answer.as_of)]


def _fact_date(fact: DatedFact, style: Style) -> str:
    return style.date(dt.date.fromisoformat(fact.value))


def quote(answer: QuoteAnswer, style: Style) -> list[Card]:
    card = Card(
        f"Quote #{answer.number}",
        f"“{style.plain(answer.text)}”\n— {_speaker(answer, style)}",
        (sources_field((answer.source,), style),),
        footer=sources_footer((answer.source,)),
        as_of=answer.source.published,
    )
    return [card]


def _speaker(answer: QuoteAnswer, style: Style) -> str:
    """Who said it, as sure as the article is: a person or source, or nobody named."""
    if answer.speaker_kind is SourceKind.UNATTRIBUTED or not answer.speaker:
        return "the article does not say who"
    return style.strong(answer.speaker)


def latest(answer: ArticleList, style: Style) -> list[Card]:
    if not answer.articles:
        return [Card("Latest news", "I have not read any articles yet.")]
    lines = [f"• {cited(source, style, link=True)}" for source in answer.articles]
    shown = f"{len(answer.articles)} of {counted(answer.total, 'article')}"
    card = Card(f"Latest news: {shown}", "", as_of=answer.articles[0].published)
    return paged(card, lines)


def search(answer: SearchResults, style: Style) -> list[Card]:
    """One page of matches; the footer says which page of how many."""
    title = f"Search: {style.echo(answer.query)}"
    if not answer.hits:
        if answer.page:
            return [Card(title, "No more matches.", footer=f"Page {answer.page + 1}")]
        return [Card(title, "No article mentions that.")]
    first = answer.page * SEARCH_PAGE_SIZE + 1
    fields = tuple(
        Field(f"{index}. {cited(hit.source, style)}", _hit_text(hit, style))
        for index, hit in enumerate(answer.hits, start=first)
    )
    total = max(answer.total, len(answer.hits))
    verb = "matches" if total == 1 else "match"
    text = f"{counted(total, 'article')} {verb}, best first."
    if answer.ranked is not None and total > answer.ranked:
        text = (
            f"{counted(total, 'article')} match; the newest {answer.ranked:,} are ranked, "
            "best first."
        )
    footer = sources_footer([hit.source for hit in answer.hits])
    if answer.pages > 1:
        footer = f"Page {answer.page + 1} of {answer.pages} · {footer}"
    return [Card(title, text, fields, footer=footer)]


def _hit_text(hit: SearchHit, style: Style) -> str:
    snippet = style.highlight(hit.snippet)
    if not hit.source.url:
        return snippet
    return f"{snippet}\n{style.link('Read the article', hit.source.url)}"


def article(answer: ArticleSummary, style: Style) -> list[Card]:
    fields = [
        Field(
            "Published",
            style.date(answer.source.published) if answer.source.published else "Date unknown",
            inline=True,
        )
    ]
    if answer.source.url:
        fields.append(Field("Link", style.plain(answer.source.url)))
    if answer.cast:
        lines = [
            f"{style.plain(line.subject)} as {style.plain(line.detail)} · {line.fact_id}"
            for line in answer.cast
        ]
        fields.append(Field("Cast", "\n".join(lines)))
    if answer.crew:
        lines = [
            f"{job_title(line.detail)}: {style.plain(line.subject)} · {line.fact_id}"
            for line in answer.crew
        ]
        fields.append(Field("Crew", "\n".join(lines)))
    if answer.release:
        said = dict.fromkeys(
            f"{release_words.statement(line.statement, answer.today, style)} · {line.fact_id}"
            for line in answer.release
        )
        fields.append(Field("Release news", "\n".join(said)))
    quotes = str(answer.quote_count)
    if answer.quotes:
        quotes += f" ({', '.join(str(quote) for quote in answer.quotes)})"
    fields.append(Field("Quotes", quotes, inline=True))
    return [
        Card(
            style.plain(answer.source.title),
            "" if answer.lede == answer.source.title else style.plain(answer.lede),
            tuple(fields),
            footer=f"File {answer.source.file_name}",
            as_of=answer.source.published,
            url=answer.source.url,
        )
    ]
