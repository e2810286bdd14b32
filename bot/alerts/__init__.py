"""News alerts: a new article becomes a post in every channel routed to it, fast, exactly once.

:mod:`.news_diff` says what an article adds, :mod:`.routing` which routes (channels with a
filter) want it, :mod:`.queue` queues its alerts in the ingest transaction (the outbox is
:mod:`bot.db.outbox`), :mod:`.delivery` sends them through :mod:`.posting` (a message, or a
forum post), :mod:`.events` keeps the premiere's scheduled event, and :mod:`.service` runs it
all while the bot is connected.
"""
