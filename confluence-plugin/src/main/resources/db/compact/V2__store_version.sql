-- One row whose token changes (to a fresh random value) in every transaction that stores anything.
-- Readers compare it with the token of the snapshot they cached: equal means nothing was stored since,
-- on this node or any other. A rolled-back transaction's token is never seen again, so a snapshot
-- cached from inside it is simply replaced.
CREATE TABLE store_version (
    id    INT         PRIMARY KEY,
    token VARCHAR(64) NOT NULL
);
INSERT INTO store_version (id, token) VALUES (1, 'initial');
