import type { Kysely, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { ManifestSubmissionAnswer } from '../../shared/contract/schemas/carrier-api';
import type { CentralDatabase } from '../db/schema';
import { PipelineError } from '../pipeline/pipeline-error';
import type { LabelReference } from './carrier-adapter';
import { adapterFor, requireCarrier } from './carrier-directory';
import { CarrierError } from './carrier-error';
import type { MiddlewareClient } from './middleware/easypost-client';

type ManifestRow = Pick<
  Selectable<CentralDatabase['manifests']>,
  'id' | 'submitted_at' | 'submission_ref' | 'submit_error'
>;

function answerOf(row: ManifestRow): ManifestSubmissionAnswer {
  return {
    manifestId: row.id,
    submitted: row.submitted_at !== null,
    submittedAt: row.submitted_at?.toISOString() ?? null,
    submissionRef: row.submission_ref,
    submitError: row.submit_error,
  };
}

/**
 * Hands a closed manifest to its carrier: a scan form at the middleware for its parcels' bought
 * labels, or, for a rate-card carrier, just the record that it went with the collection. Sets
 * submitted_at and submission_ref, or submit_error with the reason (and rethrows the
 * CarrierError so a caller can answer it). Already submitted: answers what was recorded.
 *
 * The manifest row is locked while the carrier is asked, so two submissions of one manifest
 * cannot make two scan forms. `warehouseId` restricts it to a station's own warehouse.
 */
export async function submitManifest(
  db: Kysely<CentralDatabase>,
  middleware: MiddlewareClient | undefined,
  manifestId: string,
  warehouseId?: string,
): Promise<ManifestSubmissionAnswer> {
  let failure: CarrierError | undefined;
  const answer = await db.transaction().execute(async (trx) => {
    let query = trx
      .selectFrom('manifests')
      .select(['id', 'number', 'carrier_code', 'submitted_at', 'submission_ref', 'submit_error'])
      .where('id', '=', manifestId);
    if (warehouseId !== undefined) query = query.where('warehouse_id', '=', warehouseId);
    const manifest = await query.forUpdate().executeTakeFirst();
    if (!manifest) throw new PipelineError('NOT_FOUND', `There is no manifest ${manifestId}`);
    if (manifest.submitted_at !== null) return answerOf(manifest);

    let outcome: { submission_ref: string } | { submit_error: string };
    try {
      const carrier = await requireCarrier(trx, manifest.carrier_code, false);
      const labels = carrier.kind === 'middleware' ? await boughtLabels(trx, manifest) : [];
      const submission = await adapterFor(carrier, middleware).submitManifest(labels);
      outcome = { submission_ref: submission.submissionRef };
    } catch (error) {
      if (!(error instanceof CarrierError)) throw error;
      failure = error;
      outcome = { submit_error: error.message };
    }
    const row = await trx
      .updateTable('manifests')
      .set(
        'submission_ref' in outcome
          ? {
              submitted_at: sql<Date>`now()`,
              submission_ref: outcome.submission_ref,
              submit_error: null,
            }
          : { submit_error: outcome.submit_error },
      )
      .where('id', '=', manifest.id)
      .returning(['id', 'submitted_at', 'submission_ref', 'submit_error'])
      .executeTakeFirstOrThrow();
    return answerOf(row);
  });
  if (failure) throw failure;
  return answer;
}

/** The middleware labels of the manifest's live shipments; one missing is a refusal. */
async function boughtLabels(
  db: Kysely<CentralDatabase>,
  manifest: { id: string; number: string; carrier_code: string },
): Promise<LabelReference[]> {
  const rows = await db
    .selectFrom('shipments as s')
    .leftJoin('carrier_labels as l', (join) =>
      join
        .onRef('l.carrier_code', '=', 's.carrier_code')
        .onRef('l.tracking_number', '=', 's.tracking_number')
        .on('l.voided_at', 'is', null),
    )
    .select(['s.tracking_number', 'l.provider_shipment_id'])
    .where('s.manifest_id', '=', manifest.id)
    .where('s.voided_at', 'is', null)
    .orderBy('s.tracking_number')
    .execute();
  if (rows.length === 0) {
    throw new CarrierError('REFUSED', `Manifest ${manifest.number} has no live parcels to submit`, {
      carrierCode: manifest.carrier_code,
    });
  }
  const missing = rows.filter((r) => r.provider_shipment_id === null).map((r) => r.tracking_number);
  if (missing.length > 0) {
    throw new CarrierError(
      'REFUSED',
      `Manifest ${manifest.number} lists ${missing.join(', ')}, which the middleware did not sell (or were voided); take them off the manifest`,
      { carrierCode: manifest.carrier_code },
    );
  }
  return rows.map((r) => ({
    trackingNumber: r.tracking_number,
    providerShipmentId: r.provider_shipment_id ?? '',
  }));
}
