/** The API's client side (src/net/api.ts): a proxy's error page becomes a clear message; a server's own error text is kept. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../src/net/api';

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/proxy') {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>');
    } else if (req.url === '/refused') {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'That session code does not exist.' }));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('no such page');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('call', () => {
  it("turns a proxy's 502 page into a message to try again, without the page's markup", async () => {
    const r = await call(`${base}/proxy`, { method: 'POST', body: '{}' });
    expect(r).toEqual({ ok: false, status: 502, error: 'The classroom server did not answer (HTTP 502). Try again in a moment.' });
  });

  it("keeps the server's own error and a plain-text answer", async () => {
    expect(await call(`${base}/refused`, {})).toEqual({ ok: false, status: 400, error: 'That session code does not exist.' });
    expect(await call(`${base}/other`, {})).toEqual({ ok: false, status: 404, error: 'no such page' });
  });
});
