// A tiny client for the real HTTP transport, as the renderer and outside tools use it.
export interface HttpAnswer {
  status: number;
  body: unknown;
}

export async function postRaw(baseUrl: string, method: string, body: string, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  const response = await fetch(`${baseUrl}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* keep the text: the test will say what came back */
  }
  return { status: response.status, body: parsed };
}

export function postJson(baseUrl: string, method: string, input: unknown): Promise<HttpAnswer> {
  return postRaw(baseUrl, method, input === undefined ? '' : JSON.stringify(input));
}
