export type ResponseHeaders = Record<string, string[]>;

/**
 * Replaces any Content-Security-Policy the server sent, whatever its capitalisation, so exactly
 * one policy applies to the page.
 */
export function withContentSecurityPolicy(
  headers: ResponseHeaders | undefined,
  policy: string,
): ResponseHeaders {
  const result: ResponseHeaders = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}
