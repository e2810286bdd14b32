"""What moderators do: news alert settings (:mod:`.alert_settings`), and the news desk's
articles (:mod:`.news_editing`, with the files and records in :mod:`.newsdesk`)."""
