-- The App Home lists one organisation's requests, the daily jobs pick requests by status (unposted open
-- ones, completed ones awaiting evaluation), and the ladder reads one organisation's signals: index
-- those paths so they stay cheap however many requests and signals accumulate.
-- Plain indexes only: H2 (the one-machine database) has no partial indexes.

create index support_requests_member_status on support_requests (member_id, status);
create index support_requests_status on support_requests (status);
create index engagement_signals_member on engagement_signals (member_id, at);
