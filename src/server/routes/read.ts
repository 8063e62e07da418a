/** Read endpoints: documents, codebook, facts and the analysis queries. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  buildBrief,
  changesSince,
  changesTable,
  conflicts,
  matrixTable,
  meetings,
  persons,
  positionHistory,
  positionsMatrix,
  positionsWithChanges,
  quotes,
  renderBriefHtml,
  renderBriefMarkdown,
  statementsTable,
  type Table,
  timeline,
  timelineTable,
  toCsv,
} from '../../core/query/index.js';
import {
  ALL_NEGOTIATIONS,
  chooseNegotiation,
  declaredNegotiations,
  listNegotiations,
  NegotiationChoiceError,
} from '../../core/query/negotiations.js';
import { roleIn } from '../../core/query/positions.js';
import { badRequest, notFound } from '../errors.js';
import {
  ActorParams,
  AsOfQuery,
  type AsOfQuery as AsOfQueryT,
  anyObject,
  BriefQuery,
  type BriefQuery as BriefQueryT,
  ChangesQuery,
  type ChangesQuery as ChangesQueryT,
  DocumentListQuery,
  type DocumentListQuery as DocumentListQueryT,
  DocumentParams,
  EventsQuery,
  type EventsQuery as EventsQueryT,
  errorResponse,
  HistoryQuery,
  type HistoryQuery as HistoryQueryT,
  IssueParams,
  jsonSchema,
  listOf,
  NegotiationQuery,
  type NegotiationQuery as NegotiationQueryT,
  PositionsQuery,
  type PositionsQuery as PositionsQueryT,
  QuotesQuery,
  type QuotesQuery as QuotesQueryT,
  SearchQuery,
  type SearchQuery as SearchQueryT,
  StatementQuery,
  type StatementQuery as StatementQueryT,
} from '../schemas.js';
import type { ServerContext } from '../server.js';

const errors = { 400: errorResponse, 404: errorResponse };

/** Where the brief's source ids point: the dashboard's reader. */
const readerHref = (docId: string) => `/documents/${encodeURIComponent(docId)}`;

/**
 * An export: `format=csv` sends the table as a CSV file, `format=json` the JSON body as a file to
 * save; without a format the JSON body is the answer, as for any API call.
 */
function exported<T>(
  reply: FastifyReply,
  format: 'json' | 'csv' | undefined,
  name: string,
  body: T,
  table: () => Table,
) {
  if (!format) return body;
  reply.header('Content-Disposition', `attachment; filename="parley-${name}.${format}"`);
  if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(toCsv(table()));
  return reply.type('application/json; charset=utf-8').send(JSON.stringify(body, null, 2));
}

export function registerReadRoutes(api: FastifyInstance, ctx: ServerContext): void {
  const { store, codebook } = ctx;
  const actorByCode = new Map(codebook.actors.map((a) => [a.code, a]));
  const issueByCode = new Map(codebook.issues.map((i) => [i.code, i]));
  /** The codebook's negotiations and the store's own (read each time: the CLI may add one meanwhile). */
  const declared = async () => declaredNegotiations(codebook, await store.storedNegotiations());
  /** The negotiation a request asks of (`?negotiation=`); a store of several must be told which. */
  const negotiationOf = async (id: string | undefined) => {
    try {
      return chooseNegotiation(await declared(), id, '?negotiation=ID');
    } catch (error) {
      if (error instanceof NegotiationChoiceError) throw badRequest(error.message);
      throw error;
    }
  };

  api.get(
    '/negotiations',
    {
      schema: {
        summary:
          'The negotiations of the store: parties, mediators, issues, documents, facts and dates; and the documents in none',
        tags: ['analysis'],
        response: { 200: anyObject },
      },
    },
    async () => listNegotiations(store, await declared()),
  );

  api.get(
    '/health',
    {
      schema: {
        summary: 'Is the server up, what the store holds, and whether writes need a token',
        tags: ['documents'],
        response: { 200: anyObject },
      },
    },
    async () => ({
      ok: true,
      documents: await store.countDocuments(),
      stats: await store.stats(),
      writeNeedsToken: ctx.writeNeedsToken,
    }),
  );

  api.get<{ Querystring: DocumentListQueryT }>(
    '/documents',
    {
      schema: {
        summary: 'List stored documents in date order, a page at a time',
        tags: ['documents'],
        querystring: jsonSchema(DocumentListQuery),
        response: { 200: listOf('documents', 'documents and the total count'), ...errors },
      },
    },
    async (request) => {
      const { negotiation, ...filter } = request.query;
      const only = negotiation === ALL_NEGOTIATIONS ? undefined : negotiation;
      return {
        documents: await store.listDocuments({ ...filter, negotiation: only }),
        total: only
          ? (await store.listDocuments({ negotiation: only })).length
          : await store.countDocuments(),
      };
    },
  );

  api.get<{ Params: { id: string } }>(
    '/documents/:id',
    {
      schema: {
        summary: 'One document: its text, its annotations (offsets into the text) and its stored facts',
        tags: ['documents'],
        params: jsonSchema(DocumentParams),
        response: { 200: anyObject, ...errors },
      },
    },
    async (request) => {
      const found = await store.getDocument(request.params.id);
      if (!found)
        throw notFound(`No document with id ${request.params.id}. List documents at /api/documents.`);
      const { doc, ...document } = found;
      const facts = { docId: found.id, limit: 10_000 };
      return {
        document,
        annotations: doc
          ? {
              blocks: doc.blocks,
              sentences: doc.sentences,
              quotes: doc.quotes,
              mentions: doc.mentions,
              entities: doc.entities,
              statements: doc.statements,
              positions: doc.positions,
              events: doc.events,
              timexes: doc.timexes,
              notices: doc.notices,
            }
          : null,
        facts: {
          statements: await store.statements(facts),
          positions: await store.positions(facts),
          events: await store.events(facts),
        },
      };
    },
  );

  api.get<{ Querystring: NegotiationQueryT }>(
    '/actors',
    {
      schema: {
        summary:
          'The parties the codebook knows, with their people and roles: those present in the negotiation first (its parties, then its mediators, then the others), with their counts',
        tags: ['codebook'],
        querystring: jsonSchema(NegotiationQuery),
        response: { 200: listOf('actors', 'actors'), ...errors },
      },
    },
    async (request) => {
      const negotiation = await negotiationOf(request.query.negotiation);
      const scope = { negotiation: negotiation?.id };
      // How present each actor is: its statements, stances and events.
      const counts = new Map<string, { statements: number; positions: number; events: number }>();
      const count = (actors: string[], kind: 'statements' | 'positions' | 'events') => {
        for (const a of new Set(actors)) {
          const c = counts.get(a) ?? { statements: 0, positions: 0, events: 0 };
          c[kind]++;
          counts.set(a, c);
        }
      };
      for (const f of await store.statements(scope))
        count(f.fact.actor == null ? [] : ([] as string[]).concat(f.fact.actor), 'statements');
      for (const f of await store.positions(scope)) count([f.fact.actor], 'positions');
      for (const f of await store.events(scope)) count(f.fact.actors, 'events');
      const total = (code: string) => {
        const c = counts.get(code);
        return c ? c.statements + c.positions + c.events : 0;
      };
      const rank = { party: 0, mediator: 1, other: 2 };
      const actors = codebook.actors.map((actor) => ({
        ...actor,
        persons: codebook.persons.filter((p) => p.roles.some((r) => r.actor === actor.code)),
        role: negotiation ? roleIn(negotiation, actor.code) : undefined,
        counts: counts.get(actor.code) ?? { statements: 0, positions: 0, events: 0 },
        present: total(actor.code) > 0,
      }));
      // Present first: a negotiation's parties, then its mediators, then the others, most present first.
      const order = (a: (typeof actors)[number]) => (a.present ? (a.role ? rank[a.role] : 0) : 3);
      actors.sort((a, b) => order(a) - order(b) || (a.present ? total(b.code) - total(a.code) : 0));
      return { negotiation: negotiation?.id, actors };
    },
  );

  api.get<{ Params: { code: string }; Querystring: NegotiationQueryT }>(
    '/actors/:code',
    {
      schema: {
        summary: 'One actor: who they are, their people, their statements and where they stand',
        tags: ['codebook'],
        params: jsonSchema(ActorParams),
        querystring: jsonSchema(NegotiationQuery),
        response: { 200: anyObject, ...errors },
      },
    },
    async (request) => {
      const actor = actorByCode.get(request.params.code);
      if (!actor) throw notFound(`No actor with code ${request.params.code}. See /api/actors for the codes.`);
      const negotiation = await negotiationOf(request.query.negotiation);
      return {
        actor,
        role: negotiation ? roleIn(negotiation, actor.code) : undefined,
        persons: codebook.persons.filter((p) => p.roles.some((r) => r.actor === actor.code)),
        speakers: (await persons(store, codebook)).filter((p) => p.actor === actor.code),
        positions: (await positionsMatrix(store, { actor: actor.code, negotiation })).cells,
        statements: await store.statements({
          actor: actor.code,
          limit: 200,
          newest: true,
          negotiation: negotiation?.id,
        }),
      };
    },
  );

  api.get(
    '/issues',
    {
      schema: {
        summary: 'The issues of the codebook, each a proposition parties are for or against',
        tags: ['codebook'],
        response: { 200: listOf('issues', 'issues') },
      },
    },
    async () => ({ issues: codebook.issues }),
  );

  api.get<{ Params: { code: string }; Querystring: NegotiationQueryT }>(
    '/issues/:code',
    {
      schema: {
        summary: "One issue: each party's stance now and over time, with evidence",
        tags: ['codebook'],
        params: jsonSchema(IssueParams),
        querystring: jsonSchema(NegotiationQuery),
        response: { 200: anyObject, ...errors },
      },
    },
    async (request) => {
      const issue = issueByCode.get(request.params.code);
      if (!issue) throw notFound(`No issue with code ${request.params.code}. See /api/issues for the codes.`);
      const negotiation = await negotiationOf(request.query.negotiation);
      const matrix = await positionsMatrix(store, { issue: issue.code, negotiation });
      const history: ({ actor: string } & Awaited<ReturnType<typeof positionHistory>>[number])[] = [];
      // Every party's stances over time, oldest first: what the issue page charts.
      for (const actor of matrix.actors)
        for (const evidence of await positionHistory(store, actor, issue.code, undefined, negotiation))
          history.push({ actor, ...evidence });
      return {
        issue,
        roles: matrix.roles,
        positions: matrix.cells,
        history,
        statements: await store.statements({
          issue: issue.code,
          limit: 200,
          newest: true,
          negotiation: negotiation?.id,
        }),
      };
    },
  );

  api.get<{ Querystring: StatementQueryT }>(
    '/statements',
    {
      schema: {
        summary: 'Attributed statements, filtered by actor, issue, words or dates',
        tags: ['facts'],
        querystring: jsonSchema(StatementQuery),
        response: { 200: listOf('statements', 'statements with their document and evidence'), ...errors },
      },
    },
    async (request, reply) => {
      const { format, order, negotiation: id, ...filter } = request.query;
      const negotiation = (await negotiationOf(id))?.id;
      const statements = await store.statements({ ...filter, negotiation, newest: order === 'newest' });
      return exported(reply, format, 'statements', { statements }, () => statementsTable(statements));
    },
  );

  api.get<{ Querystring: PositionsQueryT }>(
    '/positions',
    {
      schema: {
        summary:
          'The positions matrix (actors × issues) as it stood on a date, with the moves of the last days marked',
        tags: ['analysis'],
        querystring: jsonSchema(PositionsQuery),
        response: { 200: anyObject, ...errors },
      },
    },
    async (request, reply) => {
      const { format, negotiation: id, ...filter } = request.query;
      const matrix = await positionsWithChanges(store, { ...filter, negotiation: await negotiationOf(id) });
      return exported(reply, format, 'positions', matrix, () => matrixTable(matrix.cells));
    },
  );

  api.get<{ Querystring: HistoryQueryT }>(
    '/positions/history',
    {
      schema: {
        summary:
          "Every stance an actor took on an issue, oldest first, with evidence (a matrix cell's history)",
        tags: ['analysis'],
        querystring: jsonSchema(HistoryQuery),
        response: { 200: listOf('history', 'stances over time'), ...errors },
      },
    },
    async (request) => {
      const { actor, issue, asOf, negotiation: id } = request.query;
      const negotiation = await negotiationOf(id);
      return { actor, issue, history: await positionHistory(store, actor, issue, asOf, negotiation) };
    },
  );

  api.get<{ Querystring: ChangesQueryT }>(
    '/changes',
    {
      schema: {
        summary: 'What moved since a date: new demands, hardening, softening, new issues',
        tags: ['analysis'],
        querystring: jsonSchema(ChangesQuery),
        response: { 200: anyObject, ...errors },
      },
    },
    async (request, reply) => {
      const { since, format, negotiation: id, ...filter } = request.query;
      const report = await changesSince(store, since, { ...filter, negotiation: await negotiationOf(id) });
      return exported(reply, format, 'changes', report, () => changesTable(report));
    },
  );

  api.get<{ Querystring: AsOfQueryT }>(
    '/conflicts',
    {
      schema: {
        summary: 'Per issue: who is for, who is against, colliding red lines, common ground',
        tags: ['analysis'],
        querystring: jsonSchema(AsOfQuery),
        response: { 200: anyObject, ...errors },
      },
    },
    async (request) => {
      const { negotiation: id, ...filter } = request.query;
      return conflicts(store, { ...filter, negotiation: await negotiationOf(id) });
    },
  );

  api.get<{ Querystring: EventsQueryT }>(
    '/events',
    {
      schema: {
        summary: 'Events in date order: meetings, agreements, sanctions, accusations',
        tags: ['facts'],
        querystring: jsonSchema(EventsQuery),
        response: { 200: listOf('events', 'events with evidence'), ...errors },
      },
    },
    async (request, reply) => {
      const { type, format, negotiation: id, ...filter } = request.query;
      const negotiation = await negotiationOf(id);
      const events = await timeline(store, { ...filter, negotiation, types: type ? [type] : undefined });
      return exported(reply, format, 'timeline', { events }, () => timelineTable(events));
    },
  );

  api.get<{ Querystring: Omit<EventsQueryT, 'type'> }>(
    '/meetings',
    {
      schema: {
        summary:
          'Meetings in date order: who met whom, where, for how long, who was excluded, what was planned',
        tags: ['analysis'],
        querystring: jsonSchema(EventsQuery.omit({ type: true })),
        response: { 200: listOf('meetings', 'meetings with their sources'), ...errors },
      },
    },
    async (request, reply) => {
      const { format, negotiation: id, ...filter } = request.query;
      const list = await meetings(store, { ...filter, negotiation: await negotiationOf(id) });
      return exported(reply, format, 'meetings', { meetings: list }, () => timelineTable(list));
    },
  );

  api.get<{ Querystring: QuotesQueryT }>(
    '/quotes',
    {
      schema: {
        summary: 'Statements with their speakers merged across documents ("Marrow" is "Ilse Marrow")',
        tags: ['facts'],
        querystring: jsonSchema(QuotesQuery),
        response: { 200: listOf('quotes', 'quotes, oldest first'), ...errors },
      },
    },
    async (request) => {
      const { direct, negotiation: id, ...filter } = request.query;
      const negotiation = await negotiationOf(id);
      return { quotes: await quotes(store, { ...filter, negotiation, direct: direct === 'true' }, codebook) };
    },
  );

  api.get<{ Querystring: BriefQueryT }>(
    '/brief',
    {
      schema: {
        summary:
          'The brief: positions, conflicts, what changed, key quotes, timeline (JSON, Markdown or HTML)',
        tags: ['analysis'],
        querystring: jsonSchema(BriefQuery),
        response: { 200: {}, ...errors },
      },
    },
    async (request, reply) => {
      const { format, negotiation: id, ...options } = request.query;
      const brief = await buildBrief(store, { ...options, codebook, negotiation: await negotiationOf(id) });
      const links = { sourceHref: readerHref };
      if (format === 'md')
        return reply.type('text/markdown; charset=utf-8').send(renderBriefMarkdown(brief, links));
      if (format === 'html')
        return reply.type('text/html; charset=utf-8').send(renderBriefHtml(brief, links));
      return brief;
    },
  );

  api.get<{ Querystring: SearchQueryT }>(
    '/search',
    {
      schema: {
        summary: 'Full-text search over statements and documents',
        tags: ['facts'],
        querystring: jsonSchema(SearchQuery),
        response: { 200: anyObject, ...errors },
      },
    },
    async (request) => ({
      q: request.query.q,
      statements: await store.statements({ text: request.query.q, limit: request.query.limit, newest: true }),
      documents: await store.searchDocuments(request.query.q, request.query.limit),
    }),
  );
}
