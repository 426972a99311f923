-- Weir schema, part 5: an alert may point at the page it is about (the overdue lead, the alert channels); channels
-- that can show a link (a WeCom card, a DingTalk markdown message, a mail) carry it.
ALTER TABLE alert_outbox ADD COLUMN link VARCHAR(300);
ALTER TABLE in_app_notification ADD COLUMN link VARCHAR(300);
