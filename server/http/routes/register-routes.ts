import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context';
import { carrierLabelsRoute } from './carrier-labels-route';
import { carrierManifestRoute } from './carrier-manifest-route';
import { carrierRangesRoute } from './carrier-ranges-route';
import { carrierRatesRoute } from './carrier-rates-route';
import { channelAtpRoute } from './channel-atp-route';
import { channelOrdersRoute } from './channel-orders-route';
import { csvImportRoute } from './csv-import-route';
import { electricProxyRoute } from '../../shapes/electric-proxy-route';
import { shapeRoute } from '../../shapes/shape-route';
import { stationShapeScope } from '../../shapes/shape-scope';
import { shopifyWebhookRoute } from './shopify-webhook-route';
import { wooCommerceWebhookRoute } from './woocommerce-webhook-route';
import { fulfilmentReleaseRoute } from './fulfilment-release-route';
import { orderCancelRoute } from './order-cancel-route';
import { orderDetailRoute } from './order-detail-route';
import { orderReleaseHoldRoute } from './order-release-hold-route';
import { mutationsRoute } from './mutations-route';
import { ordersListRoute } from './orders-list-route';
import { peopleRoute } from './people-route';
import { stockAdjustmentsRoute } from './stock-adjustments-route';
import { stockReceiptsRoute } from './stock-receipts-route';
import { stockRoute } from './stock-route';
import { stationsRoute } from './stations-route';
import { ssccRangesRoute } from './sscc-ranges-route';
import { trackingAlertsRoute } from './tracking-alerts-route';
import { trackingWebhookRoute } from './tracking-webhook-route';

/** Every head-office route, one line each. */
export function registerRoutes(app: FastifyInstance, ctx: AppContext): void {
  channelOrdersRoute(app, ctx);
  shopifyWebhookRoute(app, ctx);
  wooCommerceWebhookRoute(app, ctx);
  csvImportRoute(app, ctx);
  orderReleaseHoldRoute(app, ctx);
  orderCancelRoute(app, ctx);
  fulfilmentReleaseRoute(app, ctx);
  stockReceiptsRoute(app, ctx);
  stockAdjustmentsRoute(app, ctx);
  ordersListRoute(app, ctx);
  orderDetailRoute(app, ctx);
  stockRoute(app, ctx);
  channelAtpRoute(app, ctx);
  stationsRoute(app, ctx);
  peopleRoute(app, ctx);
  mutationsRoute(app, ctx);
  carrierRatesRoute(app, ctx);
  carrierLabelsRoute(app, ctx);
  carrierRangesRoute(app, ctx);
  carrierManifestRoute(app, ctx);
  ssccRangesRoute(app, ctx);
  trackingWebhookRoute(app, ctx);
  trackingAlertsRoute(app, ctx);
  if (ctx.electric) {
    electricProxyRoute(app, ctx, {
      electricUrl: ctx.electric.url,
      electricSecret: ctx.electric.secret,
      scope: stationShapeScope(ctx.db),
    });
  } else {
    shapeRoute(app, ctx);
  }
}
