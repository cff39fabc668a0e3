/** POSTs to the head office with a manager's token and expects 201 Created; the JSON answer. */
export async function createAsManager(
  headOfficeUrl: string,
  managerToken: string,
  path: string,
  body: unknown,
): Promise<unknown> {
  const response = await fetch(`${headOfficeUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${managerToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) {
    throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  }
  return response.json();
}
