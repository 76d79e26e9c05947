-- The lookup history's schema as the first release created it (app/core/store/lookuphistory.cpp at
-- commit ec3904c, before the schema had a version): the statements it ran on every open, one per
-- statement separated by semicolons, and the statement it inserted each lookup with (question marks
-- are bound by the test). tst_lookuphistory builds a database from these to prove that a file made
-- by that release is migrated without losing a row.
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
CREATE TABLE IF NOT EXISTS lookups ( id INTEGER PRIMARY KEY AUTOINCREMENT, message_id TEXT NOT NULL, profile TEXT NOT NULL, time_ms INTEGER NOT NULL, http_status INTEGER NOT NULL, outcome TEXT NOT NULL, summary TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS lookups_time ON lookups(time_ms);
INSERT INTO lookups (message_id, profile, time_ms, http_status, outcome, summary) VALUES (?, ?, ?, ?, ?, ?);
