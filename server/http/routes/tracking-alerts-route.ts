import type { FastifyInstance } from 'fastify';
import { listOpenTrackingAlerts } from '../../tracking/open-alerts-query';
import type { OpenTrackingAlertsAnswer } from '../../tracking/open-alerts-query';
import type { AppContext } from '../app-context';
import { requireStation } from '../station-auth';

/** GET /v1/tracking/alerts: the calling station's warehouse's open parcel alerts. */
export function trackingAlertsRoute(app: FastifyInstance, ctx: AppContext): void {
  app.get('/v1/tracking/alerts', async (request): Promise<OpenTrackingAlertsAnswer> => {
    const station = await requireStation(ctx.db, request);
    return { alerts: await listOpenTrackingAlerts(ctx.db, station.warehouseId) };
  });
}
