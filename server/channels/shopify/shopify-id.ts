import type { ChannelIssue } from '../channel-error';

/**
 * The order id as text. A number past 2^53 was rounded by JSON.parse before we saw it, so its
 * digits are wrong; the GraphQL id (`gid://shopify/Order/820982911946154508`) is a string and
 * still exact, so it is used instead. Without one the order is refused rather than stored under
 * a neighbour's id.
 */
export function shopifyExternalId(
  id: number | string,
  graphqlId: string | null | undefined,
  issues: ChannelIssue[],
): string {
  if (typeof id === 'string') return id;
  if (Number.isSafeInteger(id)) return String(id);
  const digits = graphqlId ? /^gid:\/\/shopify\/\w+\/(\d+)$/.exec(graphqlId)?.[1] : undefined;
  // The rounded number must still be the nearest double to the exact digits, or the two ids
  // name different orders.
  if (digits && Number(digits) === id) return digits;
  issues.push({
    path: 'id',
    message:
      'The id is too large to read exactly from JSON and admin_graphql_api_id does not give it; send the id as a string',
  });
  return '';
}
