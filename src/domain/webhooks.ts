// Webhook vocabulary kept in the Store: the event types, configured endpoints and their outbox of deliveries.
import type { Id, Instant } from './types';

/** Every event a publisher can subscribe to; `webhook.test` is only sent by the dashboard's "send test event". */
export const WEBHOOK_EVENTS = [
  'comment.created', 'comment.approved', 'comment.rejected', 'comment.removed',
  'report.created', 'appeal.filed', 'grievance.created',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number] | 'webhook.test';

export interface WebhookEndpoint {
  id: Id;
  siteId: Id;
  url: string;
  /** HMAC key shared with the receiver; never shown again after it is set (the API answers a hint). */
  secret: string;
  events: WebhookEventType[];
  enabled: boolean;
  createdAt: Instant;
  updatedAt: Instant;
}

export type WebhookDeliveryStatus = 'queued' | 'sending' | 'delivered' | 'dead';

export interface WebhookDelivery {
  /** Sent as the Charcha-Delivery header: the same on every retry, so a receiver can drop duplicates. */
  id: Id;
  endpointId: Id;
  siteId: Id;
  eventId: Id;
  eventType: WebhookEventType;
  /** The JSON body, fixed when the event happened: retries send the same bytes. */
  payload: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  nextAttemptAt: Instant;
  owner: string | null;
  leaseUntil: Instant | null;
  /** HTTP status of the last attempt (null: no answer, e.g. connection refused or timeout). */
  lastStatus: number | null;
  lastError: string | null;
  lastAttemptAt: Instant | null;
  createdAt: Instant;
  deliveredAt: Instant | null;
}

export type WebhookOutcome =
  | { status: 'delivered'; httpStatus: number }
  | { status: 'queued'; nextAttemptAt: Instant; httpStatus: number | null; error: string }
  | { status: 'dead'; httpStatus: number | null; error: string };
