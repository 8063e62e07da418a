/**
 * The review API over the sample corpus: the queue, confirm / correct / reject / add / undo, the
 * audit log with the reviewer's name (the one tied to the token, else the server's), and the
 * server's rules for writes (the token beyond loopback, only its own pages may post).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/server.js';
import { type CorpusStore, corpusStore } from './corpus.js';

let corpus: CorpusStore;
beforeAll(async () => {
  corpus = await corpusStore();
}, 120_000);
afterAll(async () => corpus?.cleanup());

interface QueueItem {
  ref: string;
  kind: string;
  docId: string;
  fact: { actor?: string; issue?: string; stance?: string; start: number; end: number };
}

const server = (options: Partial<Parameters<typeof buildServer>[0]> = {}) =>
  buildServer({ store: corpus.store, codebook: corpus.codebook, webRoot: false, log: false, ...options });

describe('the review API', () => {
  it('confirms, corrects, rejects and adds facts as the named reviewer; the matrix follows; undo', async () => {
    const app = await server({ reviewer: 'dana' });
    const queue = (await app.inject({ method: 'GET', url: '/api/review/queue?limit=500' })).json() as {
      items: QueueItem[];
      reviewer: string;
    };
    expect(queue.reviewer).toBe('dana');
    const position = queue.items.find((i) => i.kind === 'position' && i.fact.stance !== 'reject')!;
    const cellOf = async () =>
      (
        (
          await app.inject({
            method: 'GET',
            url: `/api/positions/history?actor=${position.fact.actor}&issue=${position.fact.issue}`,
          })
        ).json() as {
          history: { factId: number; stance: string; status: string }[];
        }
      ).history.find((e) => `p${e.factId}` === position.ref);

    const corrected = await app.inject({
      method: 'POST',
      url: `/api/facts/${position.ref}/correct`,
      payload: { fields: { stance: 'reject' } },
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({
      ref: position.ref,
      status: 'corrected',
      fact: { stance: 'reject' },
    });
    expect(await cellOf()).toMatchObject({ stance: 'reject', status: 'corrected' });

    const bad = await app.inject({
      method: 'POST',
      url: `/api/facts/${position.ref}/correct`,
      payload: { fields: { stance: 'perhaps' } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/stance: "perhaps" is not one of/);
    const missing = await app.inject({ method: 'POST', url: '/api/facts/p99999999/confirm', payload: {} });
    expect(missing.statusCode).toBe(404);

    const statement = queue.items.find((i) => i.kind === 'statement')!;
    expect(
      (await app.inject({ method: 'POST', url: `/api/facts/${statement.ref}/reject`, payload: {} }))
        .statusCode,
    ).toBe(200);
    const review = (
      await app.inject({ method: 'GET', url: `/api/documents/${statement.docId}/review` })
    ).json();
    expect(review.rejected).toContainEqual(expect.objectContaining({ kind: 'statement', by: 'dana' }));

    const added = await app.inject({
      method: 'POST',
      url: '/api/facts',
      payload: {
        kind: 'event',
        docId: statement.docId,
        start: statement.fact.start,
        end: statement.fact.end,
        fields: { type: 'THREATEN', actors: ['VSK', 'ORM'] },
      },
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json()).toMatchObject({
      status: 'added',
      fact: { type: 'THREATEN', review: { by: 'dana' } },
    });

    const undone = await app.inject({ method: 'POST', url: '/api/review/undo', payload: {} });
    expect(undone.statusCode, undone.body).toBe(200);
    const log = (await app.inject({ method: 'GET', url: '/api/review/audit' })).json() as {
      changes: { user: string; action: string; at: string }[];
    };
    expect(log.changes.map((c) => `${c.user} ${c.action}`)).toEqual([
      'dana undo',
      'dana add',
      'dana reject',
      'dana correct',
    ]);
    await app.close();
  });

  it('takes the reviewer from a NAME:SECRET token, refuses writes without it and from other sites', async () => {
    const app = await server({ token: 'erin:s3cret-token', host: '0.0.0.0', reviewer: 'not-used' });
    const queue = await app.inject({
      method: 'GET',
      url: '/api/review/queue',
      headers: { host: '127.0.0.1' },
    });
    expect(queue.statusCode).toBe(401);
    const auth = { host: '127.0.0.1', authorization: 'Bearer erin:s3cret-token' };
    const items = (
      (await app.inject({ method: 'GET', url: '/api/review/queue', headers: auth })).json() as {
        items: QueueItem[];
      }
    ).items;
    const ref = items[0].ref;
    const crossSite = await app.inject({
      method: 'POST',
      url: `/api/facts/${ref}/confirm`,
      headers: { ...auth, origin: 'http://evil.example' },
      payload: {},
    });
    expect(crossSite.statusCode).toBe(403);
    const noToken = await app.inject({
      method: 'POST',
      url: `/api/facts/${ref}/confirm`,
      headers: { host: '127.0.0.1' },
      payload: {},
    });
    expect(noToken.statusCode).toBe(401);
    const confirmed = await app.inject({
      method: 'POST',
      url: `/api/facts/${ref}/confirm`,
      headers: auth,
      payload: {},
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().fact.review).toMatchObject({ status: 'confirmed', by: 'erin' });
    await app.close();
  });
});
