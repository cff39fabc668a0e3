import {
  OrderCaptureSchema,
  type OrderCapture,
  type OrderCaptureInput,
} from '../../shared/api/order-capture';
import { ChannelError, formatIssuePath, summarizeIssues, type ChannelIssue } from './channel-error';

/**
 * Capture paths (numbers written as `*`) and the payload field a person would fix for each, so
 * an error names `line_items.2.quantity` in the Shopify body rather than our internal
 * `lines.2.quantity`.
 */
export type SourcePaths = Readonly<Record<string, string>>;

export function toSourcePath(capturePath: string, paths: SourcePaths): string {
  const indexes = capturePath.split('.').filter((part) => /^\d+$/.test(part));
  const pattern = capturePath.replace(/(^|\.)\d+(?=\.|$)/g, '$1*');
  const source = paths[pattern];
  if (source === undefined) return capturePath;
  let next = 0;
  return source.replace(/\*/g, () => indexes[next++] ?? '*');
}

/**
 * Every mapper ends here: problems it found itself, then the shared schema's own checks (the
 * totals must add up, countries must be ISO codes), all refused as MAPPING_FAILED so that no
 * channel can hand the pipeline an order the generic API would have rejected.
 */
export function finishCapture(
  channel: string,
  input: OrderCaptureInput,
  issues: readonly ChannelIssue[],
  paths: SourcePaths,
  totalsHint = '',
): OrderCapture {
  const lead = `The ${channel} order could not be turned into a Wharf order`;
  if (issues.length > 0)
    throw new ChannelError('MAPPING_FAILED', summarizeIssues(lead, issues), [...issues]);
  const parsed = OrderCaptureSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const translated = parsed.error.issues.map((issue) => {
    const capturePath = formatIssuePath(issue.path);
    const hint = capturePath === 'totalMinor' ? totalsHint : '';
    return { path: toSourcePath(capturePath, paths), message: issue.message + hint };
  });
  throw new ChannelError('MAPPING_FAILED', summarizeIssues(lead, translated), translated);
}
