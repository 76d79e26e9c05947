-- The lookup history's schema at version 2 (app/core/store/historydatabase.cpp at commit 7e9e10a, before
-- kept answers): the statements that code ran to create a new file, one per statement separated by
-- semicolons, and the statement it inserted each lookup with (question marks are bound by the test).
-- tst_lookuphistory builds a database from these to prove that a file made by that version is migrated to
-- version 3 without losing a row.
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
PRAGMA secure_delete=ON;
CREATE TABLE IF NOT EXISTS lookups ( id INTEGER PRIMARY KEY AUTOINCREMENT, message_id TEXT NOT NULL, profile TEXT NOT NULL, time_ms INTEGER NOT NULL, http_status INTEGER NOT NULL, outcome TEXT NOT NULL, summary TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS lookups_time ON lookups(time_ms);
CREATE INDEX IF NOT EXISTS lookups_message ON lookups(message_id, time_ms);
PRAGMA user_version = 2;
INSERT INTO lookups (message_id, profile, time_ms, http_status, outcome, summary) VALUES (?, ?, ?, ?, ?, ?);
