"""News alerts: a new article becomes a post in every subscribed server, fast, exactly once.

:mod:`.news_diff` says what an article adds, :mod:`.outbox` queues alerts in the ingest
transaction and records their delivery, :mod:`.delivery` sends them, :mod:`.events` keeps the
premiere's scheduled event, and :mod:`.service` runs it all while the bot is connected.
"""
