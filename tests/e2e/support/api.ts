// Calls a method of the running app's HTTP API from a test, failing loudly on an error Result.
import type { Page } from '@playwright/test';

export async function callApi<T>(page: Page, baseUrl: string, method: string, input: unknown): Promise<T> {
  const response = await page.request.post(`${baseUrl}/api/${method}`, { data: input });
  const body = (await response.json()) as { ok: boolean; data: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.data;
}
