// The OpenAPI words for every operation (summary, description, resource tag) in one table, applied as routes are added;
// the demo site's HTML pages are hidden from the document. A route's own schema text, where it has one, wins.
import type { RouteOptions } from 'fastify';

/** The OpenAPI document's one URL: the docs page loads it and the README names it. */
export const OPENAPI_URL = '/api/openapi.json';

type Doc = [tag: string, summary: string, description: string];

/** "METHOD /path" (Fastify's path syntax) → its words. */
export const OPERATION_DOCS: Record<string, Doc> = {
  'GET /healthz': ['health', 'Health check', 'Answers 200 while the server can reach its store; for load balancers and uptime checks.'],
  'POST /api/v1/auth/register': ['auth', 'Create a reader account', 'Registers a reader by email, password and display name and signs them in (cookie session and a bearer token).'],
  'POST /api/v1/auth/login': ['auth', 'Sign in', 'Signs a reader or staff member in with email and password; repeated failures are throttled.'],
  'POST /api/v1/auth/sso': ['auth', 'Sign in with the publisher\'s SSO', 'Exchanges a publisher-signed SSO token for a session, creating or linking the reader\'s account.'],
  'POST /api/v1/auth/logout': ['auth', 'Sign out', 'Ends the current session (cookie or bearer token).'],
  'GET /api/v1/auth/session': ['auth', 'The current session', 'Who is signed in, the CSRF token of the cookie session, and whether they accepted the current policy version.'],
  'GET /api/v1/policy': ['policy', 'The site policy', 'The current policy version and its text, in the language asked for (lang) where the site has one, else the base text; says which language was given.'],
  'POST /api/v1/policy/accept': ['policy', 'Accept the site policy', 'Records that the reader accepted a policy version, and in which language they read it; needed before the first comment.'],
  'POST /api/v1/auth/password-reset': ['auth', 'Ask for a password reset', 'Always answers 202 the same way; for a password account with that address a one-use link valid for 30 minutes is mailed.'],
  'POST /api/v1/auth/password-reset/confirm': ['auth', 'Set a new password', 'Spends a reset link\'s token: sets the password, ends every session of the account and voids its other reset links.'],
  'POST /api/v1/auth/verify-email': ['auth', 'Confirm an email address', 'Spends a verification link\'s token: the address is verified (or, for an email change, becomes the account\'s address).'],
  'POST /api/v1/auth/verify-email/resend': ['auth', 'Send the verification link again', 'Mails a new verification link to the signed-in reader\'s address; one a minute, five a day.'],
  'GET /api/v1/auth/methods': ['auth', 'Sign-in methods', 'Which ways in this site offers: publisher SSO, OpenID Connect, local accounts.'],
  'POST /api/v1/auth/oidc/link': ['auth', 'Link an OpenID identity', 'For a signed-in staff member: starts the provider sign-in whose identity will then open the dashboard; audited.'],
  'POST /api/v1/me/email': ['me', 'Change my email', 'Mails a link to the new address; the account keeps its old address until the link is opened. Needs the current password.'],
  'GET /api/v1/me/notifications': ['me', 'My email choices', 'Which notification emails the reader gets, in which language, and what the site sends at all.'],
  'PUT /api/v1/me/notifications': ['me', 'Change my email choices', 'Turns reply and decision emails on or off and sets their language.'],
  'PATCH /api/v1/me/profile': ['me', 'Change my display name', 'Renames the signed-in reader, under the same rules as registration.'],
  'POST /api/v1/me/sessions/end-all': ['me', 'Sign out everywhere', 'Ends every session of the account, on every device.'],
  'GET /api/v1/admin/notifications': ['admin: settings', 'Notification switches', 'Which emails the site sends (replies, decisions, appeals, digest, queue alert) and the queue alert threshold.'],
  'PUT /api/v1/admin/notifications': ['admin: settings', 'Change the notification switches', 'Turns each kind of email on or off for the whole site and sets the queue alert threshold; audited.'],
  'GET /api/v1/me/data': ['me', 'Download my data', 'Everything the site holds about the signed-in reader: profile, comments with revisions and verdicts, reactions, reports, acceptances, consents and appeals.'],
  'POST /api/v1/me/consents/withdraw': ['me', 'Withdraw consent', 'Withdraws a consent purpose; withdrawing the comment policy stops new comments until it is accepted again.'],
  'POST /api/v1/me/erase': ['me', 'Erase my account', 'Closes the account and erases the reader\'s personal data, keeping what the law requires (evidence under hold or retention).'],
  'POST /api/v1/stories': ['stories', 'Register a story', 'Creates or updates the story for an article URL on one of the site\'s origins, with its title and named people (signed metadata wins).'],
  'GET /api/v1/counts': ['stories', 'Comment counts', 'Approved comment counts for many story URLs at once, for article lists (count.js).'],
  'POST /api/v1/comments': ['comments', 'Post a comment', 'Posts an opinion or a reply; the moderation engine decides at once whether it is published, held for review or rejected.'],
  'GET /api/v1/comments': ['comments', 'Read a thread', 'A page of a story\'s thread, sorted and paginated; featured=true gives the Featured view.'],
  'GET /api/v1/comments/:id': ['comments', 'Read one comment', 'One comment as the caller may see it (its author sees its moderation details).'],
  'PATCH /api/v1/comments/:id': ['comments', 'Edit a comment', 'The author edits their comment within the site\'s edit window; the text is checked again.'],
  'DELETE /api/v1/comments/:id': ['comments', 'Withdraw a comment', 'The author withdraws their comment; readers no longer see it, the record is kept.'],
  'GET /api/v1/comments/:id/revisions': ['comments', 'A comment\'s revisions', 'Every earlier text of an edited comment, for its author and staff.'],
  'POST /api/v1/comments/:id/reactions': ['reactions', 'Respect a comment', 'Adds the reader\'s "Respect" to a comment; one per reader.'],
  'DELETE /api/v1/comments/:id/reactions': ['reactions', 'Take back respect', 'Removes the reader\'s "Respect" from a comment.'],
  'POST /api/v1/comments/:id/reports': ['reports', 'Report a comment', 'Reports a comment to the moderators under a policy category, with an optional note; one report per reader.'],
  'GET /api/v1/stories/events': ['stories', 'Live thread events', 'A Server-Sent Events stream of a story\'s new, changed and hidden comments and reaction counts.'],
  'POST /api/v1/moderation/check': ['moderation', 'Check a draft', 'The moderation verdict for a draft (labels, targets, highlighted spans, decision), so the author can edit before posting.'],
  'GET /api/v1/grievance-officer': ['grievances', 'The grievance officer', 'The published grievance officer\'s name and contact details.'],
  'POST /api/v1/grievances': ['grievances', 'File a grievance', 'Files a complaint with the grievance officer; the statutory clocks start and a tracking token is returned.'],
  'GET /api/v1/grievances/track/:token': ['grievances', 'Track a grievance', 'The state and deadlines of a grievance, for whoever holds its tracking token.'],
  'GET /embed.js': ['widget', 'The reader widget script', 'The JavaScript that publishers put under an article to show the opinion section.'],
  'GET /count.js': ['widget', 'The comment count script', 'The JavaScript that shows comment counts next to article links.'],
  'POST /api/v1/admin/session': ['admin: session', 'Staff session check', 'Confirms a staff sign-in for the dashboard and returns the staff member\'s role.'],
  'GET /api/v1/admin/me': ['admin: session', 'The signed-in staff member', 'The staff member\'s id, name and role, and what the role may do.'],
  'GET /api/v1/admin/audit': ['admin: audit', 'Read the audit log', 'Pages of the full hash-chained audit log, for staff.'],
  'GET /api/v1/admin/audit/verify': ['admin: audit', 'Verify the audit log', 'Recomputes the hash chain and reports the first broken entry, if any.'],
  'GET /api/v1/admin/audit/export': ['admin: audit', 'Export the audit log', 'The audit log as a file, for auditors and courts; the export itself is audited.'],
  'GET /api/v1/admin/queue': ['admin: queue', 'The moderation queue', 'Comments waiting for a decision, riskiest first, filtered by status, reports, story or label.'],
  'GET /api/v1/admin/comments/:id': ['admin: comments', 'A comment for staff', 'A comment with its verdict, reports, revisions and author summary.'],
  'POST /api/v1/admin/comments/:id/actions': ['admin: comments', 'Act on a comment', 'Approve, reject, hide, restore, feature or unfeature a comment, with a reason; audited.'],
  'POST /api/v1/admin/comments/bulk': ['admin: comments', 'Act on many comments', 'The same action on several comments at once; each is audited.'],
  'POST /api/v1/admin/users/:id/actions': ['admin: users', 'Act on a reader', 'Suspend, ban, trust or change the role of an account; audited.'],
  'POST /api/v1/admin/undo': ['admin: comments', 'Undo an action', 'Reverses a recent staff action as a new audited entry.'],
  'GET /api/v1/admin/settings': ['admin: settings', 'Read the settings', 'The moderation settings and the current policy text.'],
  'PATCH /api/v1/admin/settings': ['admin: settings', 'Change the settings', 'Thresholds and actions per label, word lists, edit window, premoderation and the grievance officer; audited.'],
  'POST /api/v1/admin/policy': ['admin: settings', 'Publish a policy version', 'A new version of the site policy; readers accept it again before their next comment. Audited.'],
  'POST /api/v1/admin/policy/texts': ['admin: settings', 'Publish the policy in another language', 'The current policy version\'s text in one more language; audited.'],
  'PATCH /api/v1/admin/stories/:id': ['admin: stories', 'Change a story', 'Close or reopen a story\'s thread, hold all its comments, or correct its title and named people; audited.'],
  'GET /api/v1/admin/export': ['admin: export', 'Export comments', 'Stories and comments as JSON Lines, for backups and moving to another system.'],
  'GET /api/v1/admin/stats': ['admin: stats', 'Moderation statistics', 'Counts per day of comments, decisions and reports, for the dashboard\'s charts.'],
  'GET /api/v1/admin/webhooks': ['admin: webhooks', 'List webhooks', 'The publisher\'s webhook endpoints and their state.'],
  'POST /api/v1/admin/webhooks': ['admin: webhooks', 'Add a webhook', 'Registers an endpoint that receives moderation events, signed with a shared secret.'],
  'PATCH /api/v1/admin/webhooks/:id': ['admin: webhooks', 'Change a webhook', 'Changes an endpoint\'s URL, events or state.'],
  'POST /api/v1/admin/webhooks/:id/test': ['admin: webhooks', 'Test a webhook', 'Sends a test event to an endpoint and reports the answer.'],
  'GET /api/v1/admin/webhooks/deliveries': ['admin: webhooks', 'Webhook deliveries', 'Recent deliveries with their attempts and outcomes.'],
  'GET /api/v1/comments/:id/appeal': ['appeals', 'A comment\'s appeal', 'The author\'s notice of the decision on their comment and the state of any appeal.'],
  'POST /api/v1/comments/:id/appeal': ['appeals', 'Appeal a decision', 'The author appeals the rejection or removal of their comment; one appeal per comment.'],
  'GET /api/v1/admin/appeals': ['admin: appeals', 'List appeals', 'Appeals waiting for a decision, or decided.'],
  'POST /api/v1/admin/appeals/:id/decision': ['admin: appeals', 'Decide an appeal', 'Restore the comment or uphold the decision, with a note to the author; audited.'],
  'GET /api/v1/admin/grievances': ['admin: grievances', 'List grievances', 'Grievances with their statutory deadlines, most urgent first.'],
  'GET /api/v1/admin/grievances/:id': ['admin: grievances', 'A grievance', 'One grievance with its history and deadlines.'],
  'POST /api/v1/admin/grievances/:id/acknowledge': ['admin: grievances', 'Acknowledge a grievance', 'Records the acknowledgement the rules require; audited.'],
  'POST /api/v1/admin/grievances/:id/decision': ['admin: grievances', 'Decide a grievance', 'Disposes of a grievance with the outcome and reasons; audited.'],
  'GET /api/v1/moderation-log': ['moderation-log', 'The public moderation log', 'Public moderation actions, newest first, with their hashes and the latest signed checkpoint; no personal data.'],
  'GET /api/v1/moderation-log/key': ['moderation-log', 'The log\'s signing key', 'The Ed25519 public key that verifies the log\'s checkpoints.'],
  'GET /api/v1/moderation-log/checkpoints': ['moderation-log', 'Signed checkpoints', 'Every signed checkpoint as JSON Lines, so outsiders can keep copies.'],
  'GET /api/v1/admin/evidence': ['admin: evidence', 'List evidence', 'Preserved records of removed content, with their retention dates and holds.'],
  'GET /api/v1/admin/evidence/bundle.zip': ['admin: evidence', 'Evidence bundle', 'A zip of chosen evidence with a manifest of hashes, for a court or the police; audited.'],
  'GET /api/v1/admin/evidence/:id': ['admin: evidence', 'One piece of evidence', 'A preserved record with its content and history.'],
  'POST /api/v1/admin/evidence/:id/hold': ['admin: evidence', 'Place a legal hold', 'Keeps a record beyond its retention period until the hold is released; audited.'],
  'DELETE /api/v1/admin/evidence/:id/hold': ['admin: evidence', 'Release a legal hold', 'Lets a record be purged at the end of its retention period; audited.'],
  'POST /api/v1/admin/orders': ['admin: orders', 'Register a legal order', 'Records a takedown order from a court or the government; its clock starts.'],
  'GET /api/v1/admin/orders': ['admin: orders', 'List legal orders', 'Legal orders with their deadlines and state.'],
  'GET /api/v1/admin/orders/:id': ['admin: orders', 'A legal order', 'One legal order with what was done about it.'],
  'POST /api/v1/admin/orders/:id/comply': ['admin: orders', 'Comply with an order', 'Removes the content an order names and records compliance; audited.'],
  'POST /api/v1/admin/disclosures': ['admin: disclosures', 'Register a disclosure request', 'Records a law-enforcement request for information; its clock starts.'],
  'GET /api/v1/admin/disclosures': ['admin: disclosures', 'List disclosure requests', 'Law-enforcement requests with their deadlines and state.'],
  'GET /api/v1/admin/disclosures/:id': ['admin: disclosures', 'A disclosure request', 'One request with what was disclosed.'],
  'POST /api/v1/admin/disclosures/:id/export': ['admin: disclosures', 'Export a disclosure', 'The data a request covers as a bundle with a manifest; audited.'],
};

/** Pages of the demo news site: HTML for people, not API operations. */
const DEMO_PAGES = new Set(['GET /', 'GET /stories/:slug']);

type Schema = { hide?: boolean; summary?: string; description?: string; tags?: string[] };

/** onRoute hook: fills in each operation's words and resource tag; hides the demo pages. */
export function documentRoute(route: RouteOptions): void {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  for (const m of methods) {
    const key = `${m} ${route.url}`;
    if (DEMO_PAGES.has(key)) { route.schema = { ...(route.schema ?? {}), hide: true } as RouteOptions['schema']; continue; }
    const doc = OPERATION_DOCS[key];
    if (!doc) continue;
    const s = (route.schema ?? {}) as Schema;
    const [tag, summary, description] = doc;
    route.schema = { ...s, tags: [tag], summary: s.summary ?? summary, description: s.description ?? description } as RouteOptions['schema'];
  }
}
