import type { Transaction } from 'kysely';
import type { CentralDatabase } from '../db/schema';
import type { StationCaller } from '../http/station-auth';
import { fulfilmentProgress } from '../pipeline/floor-line-need';
import type { LineProgress } from '../pipeline/floor-line-need';
import { lockProductStock } from '../pipeline/product-stock-lock';
import { requireFloorWork, requireLine, requireWaveWith } from './floor-lookups';
import type { FloorProduct } from './floor-lookups';
import type { LockedFloorWork } from '../pipeline/floor-status';
import { wrongItem } from './floor-rejections';

/**
 * What a pick and a short pick both start from: the product's stock locked (stock before
 * orders, the lock order of every pipeline writer), the fulfilment still being picked, the pick
 * list naming it, and the line of that product with its need and what is picked of it.
 */
export async function lockLineOnWave(
  trx: Transaction<CentralDatabase>,
  station: StationCaller,
  product: FloorProduct,
  payload: { fulfilmentId: string; waveId: string; fulfilmentLineId: string },
  doing: string,
): Promise<{
  work: LockedFloorWork;
  line: { id: string; orderLineId: string; productId: string };
  progress: LineProgress;
}> {
  await lockProductStock(trx, [product.id]);
  const work = await requireFloorWork(
    trx,
    station,
    payload.fulfilmentId,
    ['released', 'picking'],
    doing,
  );
  await requireWaveWith(trx, station, payload.waveId, work);
  const line = await requireLine(trx, work, payload.fulfilmentLineId);
  const progress = (await fulfilmentProgress(trx, work.fulfilment.id)).get(line.id);
  if (!progress) throw new Error(`Fulfilment line ${line.id} vanished under its lock`);
  if (line.productId !== product.id) {
    throw wrongItem({
      scannedSku: product.sku,
      lineSku: progress.sku,
      orderNumber: work.order.number,
    });
  }
  return { work, line, progress };
}
