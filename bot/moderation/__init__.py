"""What moderators do: news alert settings (:mod:`.alert_settings`: routes, pauses, premiere
events), what they see of their alerts (:mod:`.alert_status`: status, Resend, tests), and the
news desk's articles (:mod:`.news_editing`, with the files and records in :mod:`.newsdesk`)."""
