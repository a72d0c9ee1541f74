// The route plugins of the app, registered in this order; each receives AppDeps as its options.
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../deps';
import { adminRoutes } from './admin';
import { authRoutes } from './auth';
import { commentRoutes } from './comments';
import { countRoutes } from './counts';
import { eventRoutes } from './events';
import { grievancePageRoutes } from './grievancePage';
import { grievanceRoutes } from './grievances';
import { healthRoutes } from './health';
import { meRoutes } from './me';
import { moderationRoutes } from './moderation';
import { orderRoutes } from './orders';
import { policyRoutes } from './policy';
import { reactionRoutes } from './reactions';
import { storyRoutes } from './stories';
import { transparencyRoutes } from './transparency';
import { webRoutes } from '../../web/routes';
import { accountRoutes } from './account';
import { authMethodRoutes } from './authMethods';
import { oidcRoutes } from './oidc';
import { notificationRoutes } from './notifications';
import { faviconRoutes } from './favicon';

export const routes: FastifyPluginAsync<AppDeps>[] = [
  healthRoutes,
  authRoutes,
  policyRoutes,
  meRoutes,
  storyRoutes,
  countRoutes,
  commentRoutes,
  reactionRoutes,
  eventRoutes,
  moderationRoutes,
  transparencyRoutes,
  grievanceRoutes,
  webRoutes,
  grievancePageRoutes,
  adminRoutes,
  orderRoutes,
  accountRoutes,
  authMethodRoutes,
  oidcRoutes,
  notificationRoutes,
  faviconRoutes,
];
