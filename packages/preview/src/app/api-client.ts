/** The server's read-only JSON API (see ../server.ts). */

export interface NamedText {
  name: string;
  text: string;
}

export interface CorpusFile {
  name: string;
  size: number;
}

export async function fetchExample(): Promise<{ decision: NamedText; rules: NamedText[] }> {
  return getJson('api/example');
}

/** The corpus's rule files; `own` when they are the user's folder rather than the bundled example's rules. */
export async function fetchCorpus(): Promise<{ files: CorpusFile[]; own: boolean }> {
  return getJson('api/corpus');
}

export async function fetchRule(name: string): Promise<string> {
  const res = await fetch(`api/corpus/${encodeURIComponent(name)}`);
  if (!res.ok) throw new Error(`${name}: ${res.status} ${res.statusText}`);
  return res.text();
}

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path);
  if (!res.ok) throw new Error(`${path}: ${res.status} ${res.statusText}`);
  return (await res.json()) as T;
}
