/** The OpenAPI 3 description of the HTTP API, served at `/api/openapi.json`. */

const str = { type: 'string' };
const int = { type: 'integer' };
const num = { type: 'number' };
const nullable = (s: object) => ({ ...s, nullable: true });

const filterParams = [
  ['actor', 'Either side\'s actor code starts with one of these (comma-separated; KOR matches KORGOV).'],
  ['source', 'Source actor code prefix(es).'],
  ['target', 'Target actor code prefix(es).'],
  ['dyad', 'SOURCE:TARGET, e.g. KOR:USA.'],
  ['both', 'With dyad: either direction (true/false).'],
  ['code', 'CAMEO code prefix(es), e.g. 04 or 042,043.'],
  ['plover', 'PLOVER event type(s), e.g. CONSULT.'],
  ['quad', 'Quad class(es) 1–4.'],
  ['since', 'First event day (YYYY, YYYY-MM or YYYY-MM-DD).'],
  ['until', 'Last event day (a month or year includes all its days).'],
  ['location', 'Event place name (any case) or ISO alpha-3 country of the place.'],
  ['text', 'Words of the article (full-text search; all words required).'],
  ['negated', 'true: only negated events; false: only asserted ones.'],
].map(([name, description]) => ({ name, in: 'query', required: false, description, schema: str }));

const limit = (max: number, dflt: number) => ({ name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: max, default: dflt } });

const actor = nullable({ type: 'object', properties: { code: str, country: nullable(str), agents: { type: 'array', items: str }, text: str } });
const eventRow = {
  type: 'object',
  description: 'The JSON event of `dyad code` plus where it is stored.',
  properties: {
    id: int, articleId: int, articleTitle: nullable(str), published: nullable(str), rule: str, pattern: nullable(str), groupId: nullable(int), numArticles: int,
    docId: str, source: actor, target: actor, cameo: str,
    plover: { type: 'object', properties: { type: nullable(str), mode: nullable(str), context: { type: 'array', items: str } } },
    quadClass: int, goldstein: num,
    date: nullable({ type: 'object', properties: { value: nullable(str), precision: nullable({ type: 'string', enum: ['day', 'month', 'year'] }) } }),
    location: nullable({ type: 'object', properties: { name: str, country: nullable(str), lat: nullable(num), lon: nullable(num) } }),
    sentence: { type: 'object', properties: { index: int, text: str } },
    evidence: { type: 'object', properties: { start: int, end: int, text: str } },
    negated: { type: 'boolean' },
  },
};
const articleSummary = { type: 'object', properties: { id: int, title: nullable(str), source: nullable(str), url: nullable(str), published: nullable(str) } };
const error = { type: 'object', properties: { error: { type: 'object', properties: { code: str, message: str } } } };
const articleBody = {
  type: 'object',
  description: 'Exactly one of text or html.',
  properties: { text: str, html: str, published: { type: 'string', example: '2020-09-02' }, title: str, url: str, source: str },
};
const errors = {
  '400': { description: 'A parameter or the body is invalid; the message names it.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
};
const json = (schema: object, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const idParam = (what: string) => ({ name: 'id', in: 'path', required: true, description: `${what} id`, schema: { type: 'integer', minimum: 1 } });

export const OPENAPI = {
  openapi: '3.0.3',
  info: { title: 'dyad API', version: '0.1.0', description: 'Political events coded from news (CAMEO/PLOVER): query, aggregate, code.' },
  paths: {
    '/api/health': { get: { summary: 'Store reachable; counts', responses: { '200': json({ type: 'object', properties: { ok: { type: 'boolean' }, articles: int, events: int } }) } } },
    '/api/events': {
      get: {
        summary: 'Events matching the filters, newest first, paged by cursor',
        parameters: [...filterParams, limit(1000, 100), { name: 'cursor', in: 'query', required: false, description: 'nextCursor of the previous page', schema: str }],
        responses: { '200': json({ type: 'object', properties: { events: { type: 'array', items: { $ref: '#/components/schemas/EventRow' } }, nextCursor: nullable(str) } }), ...errors },
      },
    },
    '/api/events/{id}': {
      get: {
        summary: 'One event with its sentence and article',
        parameters: [idParam('Event')],
        responses: {
          '200': json({ type: 'object', properties: { event: { $ref: '#/components/schemas/EventRow' }, article: articleSummary, sentence: { type: 'object', properties: { index: int, text: str, start: int, end: int } } } }),
          '404': json({ $ref: '#/components/schemas/Error' }, 'No such event'),
          ...errors,
        },
      },
    },
    '/api/articles/{id}': {
      get: {
        summary: 'An article with its sentence, mention and event spans (offsets into article.text)',
        parameters: [idParam('Article')],
        responses: { '200': json({ type: 'object' }), '404': json({ $ref: '#/components/schemas/Error' }, 'No such article'), ...errors },
      },
    },
    '/api/articles': {
      post: {
        summary: 'Code and store an article (needs the write token)',
        security: [{ bearer: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: articleBody } } },
        responses: {
          '201': json({ type: 'object', properties: { articleId: int, events: { type: 'array', items: { $ref: '#/components/schemas/EventRow' } } } }, 'Stored'),
          '200': json({ type: 'object' }, 'Already stored: the stored article and events'),
          '401': json({ $ref: '#/components/schemas/Error' }, 'Wrong or missing token'),
          '403': json({ $ref: '#/components/schemas/Error' }, 'Writing is off (no token configured)'),
          '413': json({ $ref: '#/components/schemas/Error' }, 'Body too large'),
          ...errors,
        },
      },
    },
    '/api/code': {
      post: {
        summary: 'Code an article in memory; nothing is stored',
        requestBody: { required: true, content: { 'application/json': { schema: articleBody } } },
        responses: { '200': json({ type: 'object', properties: { article: { type: 'object' }, events: { type: 'array', items: { type: 'object' } } } }), '413': json({ $ref: '#/components/schemas/Error' }, 'Body too large'), ...errors },
      },
    },
    '/api/stats': {
      get: {
        summary: 'Counts, mean and total Goldstein and quad mix per period and group',
        parameters: [
          ...filterParams,
          { name: 'groupBy', in: 'query', required: false, schema: { type: 'string', enum: ['dyad', 'actor', 'quad', 'none'], default: 'none' } },
          { name: 'interval', in: 'query', required: false, schema: { type: 'string', enum: ['day', 'week', 'month', 'all'], default: 'month' } },
        ],
        responses: {
          '200': json({ type: 'object', properties: { rows: { type: 'array', items: { type: 'object', properties: { period: str, key: str, count: int, goldsteinMean: num, goldsteinTotal: num, quad1: int, quad2: int, quad3: int, quad4: int } } } } }),
          ...errors,
        },
      },
    },
    '/api/actors': {
      get: { summary: 'Most active actors (country level)', parameters: [...filterParams, limit(1000, 50)], responses: { '200': json({ type: 'object', properties: { actors: { type: 'array', items: { type: 'object', properties: { code: str, count: int, asSource: int, asTarget: int } } } } }), ...errors } },
    },
    '/api/network': {
      get: {
        summary: 'Directed actor network: heaviest edges and their nodes',
        parameters: [...filterParams, limit(1000, 100)],
        responses: {
          '200': json({ type: 'object', properties: { nodes: { type: 'array', items: { type: 'object', properties: { id: str, count: int } } }, edges: { type: 'array', items: { type: 'object', properties: { source: str, target: str, count: int, goldsteinMean: num } } } } }),
          ...errors,
        },
      },
    },
    '/api/places': {
      get: { summary: 'Event places with coordinates and counts', parameters: [...filterParams, limit(1000, 500)], responses: { '200': json({ type: 'object', properties: { places: { type: 'array', items: { type: 'object', properties: { name: str, country: nullable(str), lat: nullable(num), lon: nullable(num), count: int } } } } }), ...errors } },
    },
  },
  components: {
    schemas: { EventRow: eventRow, Error: error },
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
  },
} as const;
