// TypeBox schemas shared by several routes: problems, users, comments and verdicts as the API promises them.
// The widget and dashboard take their API types from these (Static<typeof …>), so they must stay exact.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { LABELS, TARGETS } from '../moderation/types';

export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const ProblemSchema = Type.Object({
  type: Type.String(), title: Type.String(), status: Type.Integer(), code: Type.String(), detail: Type.String(),
}, { $id: 'Problem', description: 'application/problem+json' });

export const problemRef = Type.Ref('Problem');
/** The error responses a route documents; all are application/problem+json. */
export const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, { description: 'Problem', content: { 'application/problem+json': { schema: problemRef } } }]));

export const UserSummary = Type.Object({ id: Type.String(), displayName: Type.String() });
export const SessionUser = Type.Object({
  id: Type.String(), displayName: Type.String(), email: Nullable(Type.String()), role: Type.String(), status: Type.String(),
  /** The reader proved the address (mailed link or publisher SSO); the widget can offer to resend the link when false. */
  emailVerified: Type.Boolean(),
});

const Label = Type.Union(LABELS.map((l) => Type.Literal(l)));
const Target = Type.Union(TARGETS.map((t) => Type.Literal(t)));
export const SpanSchema = Type.Object({
  start: Type.Integer(), end: Type.Integer(), label: Label, target: Type.Optional(Target), source: Type.Optional(Type.String()),
});
export const VerdictSchema = Type.Object({
  decision: Type.Union([Type.Literal('approve'), Type.Literal('review'), Type.Literal('reject')]),
  labels: Type.Array(Label),
  targets: Type.Array(Target),
  scores: Type.Record(Type.String(), Type.Number()),
  spans: Type.Array(SpanSchema),
  rule: Type.String(),
  modelVersion: Type.String(),
  policyVersion: Type.String(),
  lang: Type.String(),
});
export const ModerationSummary = Type.Object({
  decision: Type.String(), labels: Type.Array(Type.String()), targets: Type.Array(Type.String()), spans: Type.Array(SpanSchema),
  /** The policy rule that decided; shown to the author of a held or rejected comment. */
  rule: Type.Optional(Type.String()),
});

export const CommentSchema = Type.Object({
  id: Type.String(),
  storyId: Type.String(),
  parentId: Nullable(Type.String()),
  status: Type.String(),
  body: Type.String(),
  author: UserSummary,
  createdAt: Type.String(),
  editedAt: Nullable(Type.String()),
  reactionCount: Type.Integer(),
  replyCount: Type.Integer(),
  /** Present (true) only when staff featured the comment. */
  featured: Type.Optional(Type.Literal(true)),
  /** Only on the viewer's own comments: why it is held or rejected. */
  moderation: Type.Optional(ModerationSummary),
  statusReason: Type.Optional(Nullable(Type.String())),
  /** Only on the viewer's own comments: until when the server accepts an edit (the site's edit window), null when it no longer does. */
  editableUntil: Type.Optional(Nullable(Type.String())),
  /** Only on a signed-in reader's thread pages: whether they reacted to this comment. */
  reacted: Type.Optional(Type.Boolean()),
}, { $id: 'Comment' });
/** `$ref: Comment` on the wire (one shared schema), typed as the comment for the code that reads the response. */
export const CommentRef = Type.Unsafe<Static<typeof CommentSchema>>(Type.Ref('Comment'));

export const StorySchema = Type.Object({ id: Type.String(), url: Type.String(), title: Type.String(), closed: Type.Boolean() });

/** The data of each event on a story's live stream (text/event-stream, so written by the route, not the serializer). */
export const StreamEvents = {
  comment: CommentSchema,
  hide: Type.Object({ id: Type.String() }),
  reaction: Type.Object({ commentId: Type.String(), reactionCount: Type.Integer() }),
};

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
