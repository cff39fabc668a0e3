const COUNT_LINE =
  /^wharf_http_request_duration_seconds_count\{([^}]*)\}\s+(\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/;
const ROUTE_LABEL = /(?:^|,)route="([^"]*)"/;

/**
 * Requests the head office answered since it started, by route, from its own /metrics: the app
 * keeps one registry per start, so after a restart this counts only what came after it.
 */
export async function requestsByRoute(headOfficeUrl: string): Promise<Map<string, number>> {
  const response = await fetch(`${headOfficeUrl}/metrics`);
  if (!response.ok) throw new Error(`GET /metrics answered ${response.status}`);
  return parseRequestCounts(await response.text());
}

export function parseRequestCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = COUNT_LINE.exec(line.trim());
    const route = match ? ROUTE_LABEL.exec(match[1] ?? '')?.[1] : undefined;
    if (!match || route === undefined) continue;
    counts.set(route, (counts.get(route) ?? 0) + Number(match[2]));
  }
  return counts;
}
