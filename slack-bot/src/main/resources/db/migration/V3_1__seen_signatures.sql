-- Signed commands and interactions already acted on, by their X-Slack-Signature, until they are past
-- Slack's signature window: a copy sent to any bot instance sharing this database is acted on once
-- (issue 14, finding 10). Numbered 3.1 so that it cannot clash with a V4 added on another branch.
create table seen_signatures (
    signature varchar(100) primary key,
    forget_after timestamp with time zone not null
);
create index seen_signatures_forget_after on seen_signatures (forget_after);
