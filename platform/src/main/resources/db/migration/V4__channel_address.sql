-- Weir schema, part 4: where a person is reached on a channel when that is not their Weir username (a WeCom UserID
-- from the address book, say). Without a row the username is used.
CREATE TABLE channel_address (
    username   VARCHAR(60)              NOT NULL,
    channel    VARCHAR(30)              NOT NULL,
    address    VARCHAR(200)             NOT NULL,
    updated_by VARCHAR(60)              NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (username, channel)
);
