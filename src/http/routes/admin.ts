// The moderator workspace's route plugins in one place: staff API, appeals, public moderation log and the dashboard.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps';
import { adminActionRoutes } from './adminActions';
import { adminDashboardRoutes } from './adminDashboard';
import { adminGrievanceRoutes } from './adminGrievances';
import { adminEvidenceRoutes } from './adminEvidence';
import { gateStaffRoutes } from './adminGuard';
import { adminQueueRoutes } from './adminQueue';
import { adminSessionRoutes } from './adminSession';
import { adminSettingsRoutes } from './adminSettings';
import { adminStoryRoutes } from './adminStories';
import { adminPeopleRoutes } from './adminPeople';
import { adminExportRoutes } from './adminExport';
import { adminStatsRoutes } from './adminStats';
import { adminWebhookRoutes } from './adminWebhooks';
import { appealRoutes } from './appeals';
import { modlogRoutes } from './modlog';
import { adminPolicyTextRoutes } from './adminPolicyTexts';

export async function adminRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  gateStaffRoutes(app, deps);
  for (const plugin of [adminSessionRoutes, adminQueueRoutes, adminActionRoutes, adminSettingsRoutes, adminExportRoutes, adminStatsRoutes, adminWebhookRoutes, appealRoutes, adminGrievanceRoutes, modlogRoutes, adminEvidenceRoutes, adminDashboardRoutes, adminPolicyTextRoutes, adminStoryRoutes, adminPeopleRoutes]) {
    await plugin(app, deps);
  }
}
