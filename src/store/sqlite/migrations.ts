// SQLite migration history: numbered steps, applied in order once each and recorded in schema_migrations.
export interface Migration { version: number; name: string; sql: string }

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
CREATE TABLE sites (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, origins TEXT NOT NULL, settings TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE TABLE policy_versions (
  site_id TEXT NOT NULL REFERENCES sites(id), version INTEGER NOT NULL, text TEXT NOT NULL, created_at TEXT NOT NULL,
  PRIMARY KEY (site_id, version)
);
CREATE TABLE stories (
  id TEXT PRIMARY KEY, site_id TEXT NOT NULL REFERENCES sites(id), url TEXT NOT NULL, title TEXT NOT NULL,
  closed INTEGER NOT NULL DEFAULT 0, premoderation INTEGER NOT NULL DEFAULT 0, entities TEXT NOT NULL DEFAULT '[]',
  version INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX stories_site_url ON stories (site_id, url);
CREATE TABLE users (
  id TEXT PRIMARY KEY, site_id TEXT NOT NULL REFERENCES sites(id), email TEXT, display_name TEXT NOT NULL,
  password_hash TEXT, sso_subject TEXT, role TEXT NOT NULL, status TEXT NOT NULL, suspended_until TEXT,
  trusted INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX users_site_email ON users (site_id, email);
CREATE UNIQUE INDEX users_site_sso ON users (site_id, sso_subject);
CREATE INDEX users_site_role ON users (site_id, role);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), kind TEXT NOT NULL, csrf_token TEXT,
  created_at TEXT NOT NULL, expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE TABLE policy_acceptances (
  user_id TEXT NOT NULL REFERENCES users(id), site_id TEXT NOT NULL REFERENCES sites(id), version INTEGER NOT NULL,
  at TEXT NOT NULL, ip_hash TEXT NOT NULL, PRIMARY KEY (user_id, version)
);
CREATE TABLE comments (
  id TEXT PRIMARY KEY, site_id TEXT NOT NULL REFERENCES sites(id), story_id TEXT NOT NULL REFERENCES stories(id),
  parent_id TEXT REFERENCES comments(id), root_id TEXT NOT NULL, author_id TEXT NOT NULL REFERENCES users(id),
  body TEXT NOT NULL, status TEXT NOT NULL, moderation TEXT NOT NULL, decision TEXT NOT NULL, labels TEXT NOT NULL,
  targets TEXT NOT NULL, lang TEXT NOT NULL, risk REAL NOT NULL DEFAULT 0, reaction_count INTEGER NOT NULL DEFAULT 0,
  reply_count INTEGER NOT NULL DEFAULT 0, report_count INTEGER NOT NULL DEFAULT 0, featured INTEGER NOT NULL DEFAULT 0,
  status_reason TEXT, created_at TEXT NOT NULL, edited_at TEXT
);
CREATE INDEX comments_thread_time ON comments (story_id, created_at, id) WHERE parent_id IS NULL;
CREATE INDEX comments_thread_reactions ON comments (story_id, reaction_count, id) WHERE parent_id IS NULL;
CREATE INDEX comments_root ON comments (root_id, created_at, id);
CREATE INDEX comments_queue ON comments (site_id, status, risk DESC, created_at);
CREATE INDEX comments_author ON comments (author_id, created_at);
CREATE TABLE comment_revisions (
  comment_id TEXT NOT NULL REFERENCES comments(id), rev INTEGER NOT NULL, body TEXT NOT NULL, at TEXT NOT NULL,
  PRIMARY KEY (comment_id, rev)
);
CREATE TABLE reactions (
  comment_id TEXT NOT NULL REFERENCES comments(id), user_id TEXT NOT NULL REFERENCES users(id), at TEXT NOT NULL,
  PRIMARY KEY (comment_id, user_id)
);
CREATE TABLE reports (
  id TEXT PRIMARY KEY, comment_id TEXT NOT NULL REFERENCES comments(id), reporter_id TEXT NOT NULL REFERENCES users(id),
  reason TEXT NOT NULL, note TEXT NOT NULL, at TEXT NOT NULL
);
CREATE INDEX reports_comment ON reports (comment_id);
CREATE TABLE appeals (
  id TEXT PRIMARY KEY, comment_id TEXT NOT NULL REFERENCES comments(id), author_id TEXT NOT NULL REFERENCES users(id),
  note TEXT NOT NULL, status TEXT NOT NULL, at TEXT NOT NULL, decided_by TEXT, decided_at TEXT, outcome_note TEXT
);
CREATE UNIQUE INDEX appeals_comment ON appeals (comment_id);
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, target_type TEXT NOT NULL,
  target_id TEXT NOT NULL, reason TEXT, rule TEXT, data_hash TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL
);
-- The log is append-only and the database itself says so: no code path can edit or delete an entry.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
`,
  },
  {
    version: 2,
    name: 'indexes for the appeals queue and the unfiltered moderation queue',
    sql: `
CREATE INDEX appeals_status ON appeals (status, at);
CREATE INDEX comments_site_risk ON comments (site_id, risk DESC, created_at, id);
`,
  },
  {
    version: 3,
    name: 'reports reviewed by staff: the Reported queue shows a comment again only when a new report arrives',
    sql: `
ALTER TABLE comments ADD COLUMN reports_reviewed INTEGER NOT NULL DEFAULT 0;
`,
  },
  {
    version: 4,
    name: 'sessions remember their sign-in, so logout ends the bearer and the cookie session it opened together',
    sql: `
ALTER TABLE sessions ADD COLUMN sign_in TEXT;
CREATE INDEX sessions_sign_in ON sessions (sign_in);
`,
  },
  {
    version: 5,
    name: 'audit entries keep their data and undo link; inserts must follow the head (no INSERT OR REPLACE of history)',
    sql: `
ALTER TABLE audit_log ADD COLUMN v INTEGER NOT NULL DEFAULT 1;
ALTER TABLE audit_log ADD COLUMN data TEXT;
ALTER TABLE audit_log ADD COLUMN undoes INTEGER;
-- REPLACE conflict resolution deletes the old row without firing DELETE triggers, so refuse any insert that
-- is not the next seq after the head and linked to the head's hash: history can only be appended to.
CREATE TRIGGER audit_log_append_at_head BEFORE INSERT ON audit_log
WHEN NEW.seq IS NOT (SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_log)
  OR NEW.prev_hash IS NOT COALESCE((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '${'0'.repeat(64)}')
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: a new entry must follow the head'); END;
`,
  },
  {
    version: 6,
    name: 'identity and story provenance: verified emails, linked SSO identities, who supplied a story\'s metadata',
    sql: `
ALTER TABLE users ADD COLUMN email_verified INTEGER NOT NULL DEFAULT 0;
CREATE TABLE sso_identities (
  site_id TEXT NOT NULL REFERENCES sites(id), subject TEXT NOT NULL, user_id TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL, PRIMARY KEY (site_id, subject)
);
CREATE INDEX sso_identities_user ON sso_identities (user_id);
ALTER TABLE stories ADD COLUMN metadata_source TEXT NOT NULL DEFAULT 'page';
`,
  },
  {
    version: 7,
    name: 'one report per reader per comment; each revision keeps its own verdict',
    sql: `
-- Repeated reports by one reader (up to 57 seen) inflated report_count: keep each reader's first report, recount.
DELETE FROM reports WHERE id IN (
  SELECT id FROM (
    SELECT id, ROW_NUMBER() OVER (PARTITION BY comment_id, reporter_id ORDER BY at, id) AS n FROM reports
  ) ranked WHERE n > 1
);
UPDATE comments SET report_count = (SELECT COUNT(*) FROM reports WHERE reports.comment_id = comments.id);
UPDATE comments SET reports_reviewed = report_count WHERE reports_reviewed > report_count;
CREATE UNIQUE INDEX reports_comment_reporter ON reports (comment_id, reporter_id);
-- Verdict per revision: older revisions' verdicts were overwritten and are unknown (NULL); the latest one's is the comment's.
ALTER TABLE comment_revisions ADD COLUMN moderation TEXT;
ALTER TABLE comment_revisions ADD COLUMN decision TEXT;
UPDATE comment_revisions SET moderation = (SELECT moderation FROM comments WHERE comments.id = comment_revisions.comment_id),
  decision = (SELECT decision FROM comments WHERE comments.id = comment_revisions.comment_id)
WHERE rev = (SELECT MAX(r2.rev) FROM comment_revisions r2 WHERE r2.comment_id = comment_revisions.comment_id);
`,
  },
  {
    version: 8,
    name: 'background jobs and the mail outbox (src/jobs, src/mail)',
    sql: `
CREATE TABLE jobs (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, idem_key TEXT NOT NULL, payload TEXT NOT NULL, status TEXT NOT NULL,
  run_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, max_attempts INTEGER NOT NULL, owner TEXT, lease_until TEXT,
  last_error TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX jobs_key ON jobs (idem_key);
CREATE INDEX jobs_due ON jobs (status, run_at);
CREATE TABLE mail_outbox (
  id TEXT PRIMARY KEY, idem_key TEXT NOT NULL, to_addr TEXT NOT NULL, template TEXT NOT NULL, lang TEXT NOT NULL,
  data TEXT NOT NULL, subject TEXT NOT NULL, body_text TEXT NOT NULL, body_html TEXT NOT NULL, headers TEXT NOT NULL,
  status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at TEXT NOT NULL, owner TEXT, lease_until TEXT,
  last_error TEXT, created_at TEXT NOT NULL, sent_at TEXT
);
CREATE UNIQUE INDEX mail_outbox_key ON mail_outbox (idem_key);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
`,
  },
  {
    version: 9,
    name: 'grievance desk: complaints with their clocks, tracking-token hashes and decisions (src/store/sql/grievances.ts)',
    sql: `
CREATE TABLE grievances (
  id TEXT PRIMARY KEY, site_id TEXT NOT NULL REFERENCES sites(id), ticket TEXT NOT NULL, year INTEGER NOT NULL,
  number INTEGER NOT NULL, category TEXT NOT NULL, comment_id TEXT, comment_url TEXT, description TEXT NOT NULL,
  name TEXT NOT NULL, email TEXT NOT NULL, lang TEXT NOT NULL, token_hash TEXT NOT NULL, status TEXT NOT NULL,
  received_at TEXT NOT NULL, acknowledge_by TEXT NOT NULL, resolve_by TEXT NOT NULL, acknowledged_at TEXT,
  acknowledged_by TEXT, decided_at TEXT, decided_by TEXT, outcome TEXT, letter TEXT, action TEXT
);
CREATE UNIQUE INDEX grievances_number ON grievances (site_id, year, number);
CREATE UNIQUE INDEX grievances_ticket ON grievances (site_id, ticket);
CREATE UNIQUE INDEX grievances_token ON grievances (token_hash);
CREATE INDEX grievances_open ON grievances (site_id, status, resolve_by);
`,
  },
  {
    version: 10,
    name: 'evidence records of removed content, their hashed items, legal holds and purge tombstones; audit entries by target',
    sql: `
CREATE TABLE evidence_records (
  id TEXT PRIMARY KEY, site_id TEXT NOT NULL, comment_id TEXT NOT NULL, trigger_kind TEXT NOT NULL, reason TEXT NOT NULL,
  actor TEXT NOT NULL, removed_at TEXT NOT NULL, expires_at TEXT NOT NULL, audit_seq INTEGER NOT NULL, items TEXT NOT NULL,
  hold_reason TEXT, hold_by TEXT, hold_at TEXT, hold_until TEXT, purged_at TEXT, purge_seq INTEGER
);
CREATE INDEX evidence_records_comment ON evidence_records (comment_id, removed_at);
CREATE INDEX evidence_records_due ON evidence_records (purged_at, expires_at);
-- Items are deleted at purge; the record keeps their hashes (items column) as the tombstone.
CREATE TABLE evidence_items (
  record_id TEXT NOT NULL REFERENCES evidence_records(id), idx INTEGER NOT NULL, kind TEXT NOT NULL,
  content TEXT NOT NULL, sha256 TEXT NOT NULL, PRIMARY KEY (record_id, idx)
);
CREATE INDEX audit_log_target ON audit_log (target_type, target_id, seq);
`,
  },
  {
    version: 11,
    name: 'legal-order registers: takedown orders and law-enforcement information requests (src/store/sql/orders.ts)',
    sql: `
CREATE TABLE legal_orders (
  id TEXT PRIMARY KEY, site_id TEXT NOT NULL REFERENCES sites(id), kind TEXT NOT NULL, status TEXT NOT NULL,
  confidential INTEGER NOT NULL DEFAULT 0, received_at TEXT NOT NULL, due_at TEXT NOT NULL, complied_at TEXT,
  body TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE INDEX legal_orders_site ON legal_orders (site_id, kind, received_at);
`,
  },
  {
    version: 12,
    name: 'readers\' data rights: the consent ledger, rotating IP-hash salts, sealed registration data of closed accounts',
    sql: `
CREATE TABLE consents (
  id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), site_id TEXT NOT NULL REFERENCES sites(id),
  purpose TEXT NOT NULL, notice_version INTEGER, action TEXT NOT NULL, channel TEXT NOT NULL, lang TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX consents_user ON consents (user_id, purpose, at);
CREATE TABLE ip_salts (id TEXT PRIMARY KEY, salt TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE account_closures (
  user_id TEXT PRIMARY KEY REFERENCES users(id), closed_at TEXT NOT NULL, purge_at TEXT NOT NULL, sealed TEXT,
  purged_at TEXT
);
`,
  },
  {
    version: 13,
    name: 'webhook endpoints and their delivery outbox (src/webhooks)',
    sql: `
CREATE TABLE webhook_endpoints (
  id TEXT PRIMARY KEY, site_id TEXT NOT NULL, url TEXT NOT NULL, secret TEXT NOT NULL, events TEXT NOT NULL,
  enabled INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX webhook_endpoints_site ON webhook_endpoints (site_id, created_at);
CREATE TABLE webhook_deliveries (
  id TEXT PRIMARY KEY, endpoint_id TEXT NOT NULL, site_id TEXT NOT NULL, event_id TEXT NOT NULL, event_type TEXT NOT NULL,
  payload TEXT NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at TEXT NOT NULL, owner TEXT,
  lease_until TEXT, last_status INTEGER, last_error TEXT, last_attempt_at TEXT, created_at TEXT NOT NULL, delivered_at TEXT
);
-- One delivery per endpoint per event: emitting the same event twice (a retried transaction) queues nothing new.
CREATE UNIQUE INDEX webhook_deliveries_event ON webhook_deliveries (endpoint_id, event_id);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX webhook_deliveries_log ON webhook_deliveries (site_id, created_at);
`,
  },
  {
    version: 14,
    name: 'import records: (source, original id) of every imported story, author and comment (src/imports)',
    sql: `
CREATE TABLE import_records (
  site_id TEXT NOT NULL, source TEXT NOT NULL, kind TEXT NOT NULL, original_id TEXT NOT NULL, local_id TEXT NOT NULL,
  original_status TEXT, email TEXT, claimed_by TEXT, created_at TEXT NOT NULL,
  PRIMARY KEY (site_id, source, kind, original_id)
);
CREATE INDEX import_records_local ON import_records (kind, local_id);
CREATE INDEX import_records_email ON import_records (site_id, email);
`,
  },
  {
    version: 15,
    name: 'policy texts per language: each policy version may carry a text per language (the widget shows the reader\'s)',
    sql: `
CREATE TABLE policy_texts (
  site_id TEXT NOT NULL, version INTEGER NOT NULL, lang TEXT NOT NULL, text TEXT NOT NULL, created_at TEXT NOT NULL,
  CONSTRAINT policy_texts_pkey PRIMARY KEY (site_id, version, lang)
);
`,
  },
  {
    version: 16,
    name: 'stories: auto-close after N days per story (null: the site default; 0: never)',
    sql: `
ALTER TABLE stories ADD COLUMN auto_close_days INTEGER;
`,
  },
  {
    version: 17,
    name: 'notifications: readers\' e-mail choices and fired threshold alerts (src/actions/notify.ts)',
    sql: `
CREATE TABLE notification_prefs (
  user_id TEXT PRIMARY KEY REFERENCES users(id), replies INTEGER NOT NULL, decisions INTEGER NOT NULL, lang TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- A row while an alert has fired and the condition still holds; deleted (re-armed) once it no longer does.
CREATE TABLE notification_alerts (site_id TEXT NOT NULL, name TEXT NOT NULL, fired_at TEXT NOT NULL, PRIMARY KEY (site_id, name));
`,
  },
  {
    version: 18,
    name: 'one-use account tokens: e-mail verification and password reset (src/actions/accountEmail.ts, passwordReset.ts)',
    sql: `
CREATE TABLE account_tokens (
  token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), site_id TEXT NOT NULL, purpose TEXT NOT NULL,
  email TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL, used_at TEXT
);
CREATE INDEX account_tokens_user ON account_tokens (user_id, purpose, created_at);
`,
  },
  {
    version: 19,
    name: 'notes on a reader that moderators share (the dashboard\'s People page)',
    sql: `
CREATE TABLE reader_notes (
  id TEXT PRIMARY KEY, site_id TEXT NOT NULL, user_id TEXT NOT NULL REFERENCES users(id), author_id TEXT NOT NULL REFERENCES users(id),
  body TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE INDEX reader_notes_user ON reader_notes (user_id, created_at);
`,
  },
  {
    version: 21,
    name: 'comments by story and author: a signed-in reader\'s own held comments beside the shared thread page',
    sql: `
CREATE INDEX comments_story_author ON comments (story_id, author_id);
`,
  },
];
