// Shapes of the JSON that `dyad serve` answers (src/server). The event itself is
// the one JSON shape of src/events/event-json.ts (a type-only import: no server code
// enters the browser build); what the API adds is declared here.

import type { ActorJson, EventJson } from '../../src/events/event-json.js';

export type ActorSide = ActorJson;

/** An event as the API lists it: the JSON event of `dyad code` plus where it is stored. */
export interface EventRow extends Omit<EventJson, 'docId' | 'date'> {
  id: number;
  articleId: number;
  articleTitle: string | null;
  published: string | null;
  docId: string | null;
  /** Present when the server adds the CAMEO name itself. */
  cameoName?: string;
  date: { value: string | null; precision: string | null; origin: string | null; text?: string } | null;
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
