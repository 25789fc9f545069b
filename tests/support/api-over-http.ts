/** Calls browser mode's API the way the renderer does, for arranging data in end-to-end tests. */
export async function callApi(launchUrl: string, method: string, params: unknown): Promise<unknown> {
  const url = new URL(launchUrl);
  const response = await fetch(new URL('/api', url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${url.hash.replace('#key=', '')}` },
    body: JSON.stringify({ method, params }),
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(`${method} failed: ${result.error?.message}`);
  return result.value;
}
