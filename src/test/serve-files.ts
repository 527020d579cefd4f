import { vi } from 'vitest';

/** Same-origin files by path, as `fetch` answers them: a JSON dataset and, beside it, its companion. */
export function serveFiles(files: Record<string, string | Uint8Array>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const body = files[url];
      if (body === undefined) return new Response('not found', { status: 404 });
      const type = typeof body === 'string' ? 'application/json' : 'application/vnd.apache.arrow.file';
      return new Response(body as BodyInit, { headers: { 'content-type': type } });
    }),
  );
}
