-- The scheduler looks for due releases every minute; without this index it reads the whole table each time.
create index press_release_status_publish_at on press_release (status, publish_at);
