-- The lookup history's schema at version 3 (app/core/store/historydatabase.cpp at commit 1f23596, with kept
-- answers, before the message's direction, status and type were kept): the statements that code ran to create
-- a new file, one per statement separated by semicolons, and the statement it inserted each lookup with
-- (question marks are bound by the test). tst_lookuphistory builds a database from these, adds a kept answer,
-- and proves that a file made by that version is migrated to version 4 without losing a row or an answer.
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
PRAGMA secure_delete=ON;
CREATE TABLE IF NOT EXISTS lookups ( id INTEGER PRIMARY KEY AUTOINCREMENT, message_id TEXT NOT NULL, profile TEXT NOT NULL, time_ms INTEGER NOT NULL, http_status INTEGER NOT NULL, outcome TEXT NOT NULL, summary TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS lookups_time ON lookups(time_ms);
CREATE INDEX IF NOT EXISTS lookups_message ON lookups(message_id, time_ms);
CREATE TABLE IF NOT EXISTS answers ( lookup_id INTEGER PRIMARY KEY, kept_ms INTEGER NOT NULL, body_bytes INTEGER NOT NULL, body BLOB NOT NULL, headers BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS answers_kept ON answers(kept_ms);
CREATE INDEX IF NOT EXISTS lookups_profile ON lookups(profile, time_ms);
PRAGMA user_version = 3;
INSERT INTO lookups (message_id, profile, time_ms, http_status, outcome, summary) VALUES (?, ?, ?, ?, ?, ?);
