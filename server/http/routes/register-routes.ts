import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context';
import { channelAtpRoute } from './channel-atp-route';
import { channelOrdersRoute } from './channel-orders-route';
import { csvImportRoute } from './csv-import-route';
import { shapeRoute } from '../../shapes/shape-route';
import { shopifyWebhookRoute } from './shopify-webhook-route';
import { wooCommerceWebhookRoute } from './woocommerce-webhook-route';
import { fulfilmentReleaseRoute } from './fulfilment-release-route';
import { orderCancelRoute } from './order-cancel-route';
import { orderDetailRoute } from './order-detail-route';
import { orderReleaseHoldRoute } from './order-release-hold-route';
import { ordersListRoute } from './orders-list-route';
import { stockAdjustmentsRoute } from './stock-adjustments-route';
import { stockReceiptsRoute } from './stock-receipts-route';
import { stockRoute } from './stock-route';

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
  shapeRoute(app, ctx);
}
