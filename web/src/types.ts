// Shapes of the JSON that `dyad serve` answers (src/server). Kept by hand:
// the browser build does not import server code.

export interface ActorSide {
  code: string;
  country: string | null;
  agents: string[];
  text: string;
}

export interface EventRow {
  id: number;
  articleId: number;
  articleTitle: string | null;
  published: string | null;
  docId: string | null;
  source: ActorSide | null;
  target: ActorSide | null;
  cameo: string;
  /** Present when the server adds the CAMEO name itself. */
  cameoName?: string;
  plover: { type: string; mode: string | null; context: string[] };
  quadClass: number;
  goldstein: number;
  date: { value: string | null; precision: string | null; origin: string | null } | null;
  location: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
  sentence: { index: number; text: string };
  evidence: { start: number; end: number; text: string };
  negated: boolean;
  reportedBy: string | null;
  rule: string;
  pattern: string | null;
  groupId: number | string | null;
  numArticles: number | null;
}

export interface EventsPage {
  events: EventRow[];
  nextCursor: string | null;
}

export interface EventDetail {
  event: EventRow;
  article: { id: number; title: string | null; source: string | null; url: string | null; published: string | null };
  sentence: { index: number; text: string; start: number; end: number };
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  code: string | null;
  role: string;
  kind: string;
  rule: string;
  entry: string | null;
}

export interface ArticleFull {
  article: {
    id: number;
    title: string | null;
    byline: string | null;
    published: string | null;
    source: string | null;
    url: string | null;
    language: string | null;
    captions: { text: string; credit: string | null }[];
    text: string;
  };
  sentences: { index: number; start: number; end: number }[];
  mentions: Mention[];
  events: EventRow[];
}

export interface StatsRow {
  period: string | null;
  key: string | null;
  count: number;
  goldsteinMean: number | null;
  goldsteinTotal: number | null;
  quad1: number;
  quad2: number;
  quad3: number;
  quad4: number;
}

export interface ActorCount {
  code: string;
  count: number;
  asSource: number;
  asTarget: number;
}

export interface NetworkData {
  nodes: { id: string; count: number }[];
  edges: { source: string; target: string; count: number; goldsteinMean: number | null }[];
}

export interface Place {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  count: number;
}

export interface Health {
  ok: boolean;
  articles: number;
  events: number;
}
