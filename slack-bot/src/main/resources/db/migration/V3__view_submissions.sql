-- Modal submissions accepted (or being handled), by Slack's view id: a form submitted again after
-- Slack's 3-second timeout, or delivered twice, files one request (issue 14, finding 5). A submission
-- refused with field errors is removed so the corrected form can be sent.
create table view_submissions (
    view_id varchar(100) primary key,
    callback_id varchar(100) not null,
    slack_user varchar(40) not null,
    submitted_at timestamp with time zone not null
);
