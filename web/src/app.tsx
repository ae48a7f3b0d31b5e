import { pickFilters } from './filters.js';
import { fmtInt } from './format.js';
import { href, useRoute } from './router.js';
import type { Health } from './types.js';
import { useApi } from './use-api.js';
import { AddView } from './views/add.js';
import { ArticleView } from './views/article.js';
import { DyadView } from './views/dyad.js';
import { EventsView } from './views/events.js';
import { MapView } from './views/map.js';
import { NetworkView } from './views/network.js';
import { RulesView } from './views/rules.js';
import { errorText } from './api.js';

const NAV: { view: string; label: string; short: string }[] = [
  { view: 'events', label: 'Events', short: 'Events' },
  { view: 'dyad', label: 'Dyad over time', short: 'Dyad' },
  { view: 'network', label: 'Network', short: 'Network' },
  { view: 'map', label: 'Map', short: 'Map' },
  { view: 'add', label: 'Add article', short: 'Add' },
];

export function App() {
  const route = useRoute();
  const health = useApi<Health>('health', '');
  // Filters travel with the analyst from view to view.
  const carry = pickFilters(route.params);
  let body;
  switch (route.view) {
    case 'article':
      body = <ArticleView route={route} />;
      break;
    case 'dyad':
      body = <DyadView route={route} />;
      break;
    case 'network':
      body = <NetworkView route={route} />;
      break;
    case 'map':
      body = <MapView route={route} />;
      break;
    case 'add':
      body = <AddView />;
      break;
    case 'rules':
      body = <RulesView route={route} />;
      break;
    case 'events':
      body = <EventsView route={route} />;
      break;
    default:
      body = (
        <div class="status status-empty">
          There is no view called “{route.view}”. <a href="#/events">Go to the events</a>.
        </div>
      );
  }
  return (
    <div class="app">
      <header class="top">
        <a class="brand" href="#/events">
          dyad
        </a>
        <nav aria-label="Views">
          {NAV.map((n) => (
            <a key={n.view} href={href(n.view, n.view === 'add' ? undefined : carry)} aria-current={route.view === n.view ? 'page' : undefined}>
              <span class="long">{n.label}</span>
              <span class="short">{n.short}</span>
            </a>
          ))}
        </nav>
        <span class="health small" role="status">
          {health.data ? `${fmtInt(health.data.articles)} articles · ${fmtInt(health.data.events)} events` : health.error ? <span class="bad">server unreachable</span> : ''}
        </span>
      </header>
      {health.error ? <div class="status status-error banner">The dyad server did not answer: {errorText(health.error)}</div> : null}
      <main class="content" data-view={route.view}>
        {body}
      </main>
    </div>
  );
}
