// Every staff endpoint with a request body that would succeed for an admin: the list the permission and ban suites walk.

/** Every staff endpoint with a request that would succeed for an admin. `:c` is a comment id, `:u` a user id, `:s` a story id. */
export const staffEndpoints: Array<[string, string, unknown?]> = [
  ['POST', '/api/v1/admin/session'],
  ['GET', '/api/v1/admin/me'],
  ['GET', '/api/v1/admin/queue?queue=review'],
  ['GET', '/api/v1/admin/queue?queue=all'],
  ['GET', '/api/v1/admin/comments/:c'],
  ['POST', '/api/v1/admin/comments/:c/actions', { action: 'approve' }],
  ['POST', '/api/v1/admin/comments/bulk', { ids: [':c'], action: 'approve' }],
  ['POST', '/api/v1/admin/users/:u/actions', { action: 'trust' }],
  ['POST', '/api/v1/admin/undo', { auditSeq: 1 }],
  ['GET', '/api/v1/admin/settings'],
  ['PATCH', '/api/v1/admin/settings', { editWindowMinutes: 10 }],
  ['POST', '/api/v1/admin/policy', { text: 'New policy' }],
  ['PATCH', '/api/v1/admin/stories/:s', { closed: false }],
  ['GET', '/api/v1/admin/stats'],
  ['GET', '/api/v1/admin/appeals'],
  ['POST', '/api/v1/admin/appeals/:c/decision', { outcome: 'upheld' }],
  ['GET', '/api/v1/admin/audit'],
  ['GET', '/api/v1/admin/audit/verify'],
  ['GET', '/api/v1/admin/audit/export'],
  ['GET', '/api/v1/admin/export?format=jsonl'],
  ['GET', '/api/v1/admin/events'],
];
