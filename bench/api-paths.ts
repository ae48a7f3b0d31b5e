// The API requests both the load test and the per-route cost bench drive: filters an analyst
// uses, over the actors, codes and dates of the KCNA corpus.
export const PATHS = [
  '/api/events',
  '/api/events?actor=PRK',
  '/api/events?actor=PRKGOV&limit=50',
  '/api/events?source=PRK&target=KOR',
  '/api/events?dyad=PRK:CHN&both=true',
  '/api/events?code=04',
  '/api/events?code=01,02&since=2011-03&until=2011-06',
  '/api/events?quad=4',
  '/api/events?plover=CONSULT',
  '/api/events?since=2011-10-01',
  '/api/events?text=delegation',
  '/api/events?location=Pyongyang',
  '/api/events?actor=USA&negated=false&limit=20',
  '/api/stats',
  '/api/stats?groupBy=dyad',
  '/api/stats?groupBy=actor&interval=week',
  '/api/stats?groupBy=quad&interval=day&actor=PRK',
  '/api/stats?code=04&interval=all',
];
