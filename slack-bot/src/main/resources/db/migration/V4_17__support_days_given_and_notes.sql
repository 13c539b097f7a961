-- Issue 17, point 4: completing a request records the days actually given (the days ledger counts them; null on
-- requests completed before, which count the days asked), and brokering takes a note the requester is told.
alter table support_requests add column days_given numeric(6, 2);
alter table support_requests add column broker_note varchar(500);
alter table request_transitions add column note varchar(500);
