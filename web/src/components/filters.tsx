import { useEffect, useRef, useState } from 'preact/hooks';
import { FILTER_KEYS, pickFilters } from '../filters.js';
import { PLOVER_TYPES, cameoChoices } from '../cameo.js';
import { QUAD_NAMES } from '../ontology.js';
import { ActorList } from './actor-list.js';

type Draft = Record<string, string>;

const CHOICES = cameoChoices();

function draftOf(params: URLSearchParams): Draft {
  const d: Draft = {};
  for (const k of FILTER_KEYS) d[k] = params.get(k) ?? '';
  return d;
}

/**
 * The filters of `dyad events` as a form. Applying writes them into the URL
 * (the caller navigates), so a filtered view is a link that can be shared.
 */
export function Filters(props: { params: URLSearchParams; onApply: (filters: URLSearchParams) => void; hide?: string[] }) {
  const key = pickFilters(props.params).toString();
  const [draft, setDraft] = useState<Draft>(() => draftOf(props.params));
  useEffect(() => setDraft(draftOf(props.params)), [key]);
  const hidden = new Set(props.hide ?? []);
  const box = useRef<HTMLDetailsElement>(null);
  // On a phone the open form hides the results: fold it once applied.
  const fold = () => {
    if (box.current && matchMedia('(max-width: 760px)').matches) box.current.open = false;
  };
  const set = (k: string) => (e: Event) => {
    const el = e.currentTarget as HTMLInputElement;
    setDraft((d) => ({ ...d, [k]: el.type === 'checkbox' ? (el.checked ? '1' : '') : el.value }));
  };
  const apply = (e: Event) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const k of FILTER_KEYS) {
      const v = (draft[k] ?? '').trim();
      // Actor codes are upper case ("usa" is a typo for USA, not another actor).
      if (v) p.set(k, k === 'actor' || k === 'source' || k === 'target' || k === 'dyad' || k === 'plover' ? v.toUpperCase() : k === 'both' ? 'true' : v);
    }
    fold();
    props.onApply(p);
  };
  const clear = () => {
    setDraft(draftOf(new URLSearchParams()));
    props.onApply(new URLSearchParams());
  };
  const active = [...pickFilters(props.params).keys()].length;
  const field = (k: string, label: string, input: preact.JSX.Element) =>
    hidden.has(k) ? null : (
      <label class="field" key={k}>
        <span>{label}</span>
        {input}
      </label>
    );
  return (
    <details class="filters" ref={box} open={!matchMedia('(max-width: 760px)').matches}>
      <summary>
        Filters{active ? <span class="badge">{active}</span> : null}
      </summary>
      <form onSubmit={apply} aria-label="Event filters">
        <ActorList id="actor-codes" />
        {field('actor', 'Actor (either side)', <input name="actor" list="actor-codes" placeholder="e.g. KOR or KOR,PRK" value={draft.actor} onInput={set('actor')} />)}
        {field('source', 'Source', <input name="source" list="actor-codes" placeholder="e.g. USAGOV" value={draft.source} onInput={set('source')} />)}
        {field('target', 'Target', <input name="target" list="actor-codes" placeholder="e.g. PRK" value={draft.target} onInput={set('target')} />)}
        {field('dyad', 'Dyad (source:target)', <input name="dyad" placeholder="e.g. KOR:USA" value={draft.dyad} onInput={set('dyad')} />)}
        {hidden.has('both') ? null : (
          <label class="check">
            <input type="checkbox" name="both" checked={draft.both === '1' || draft.both === 'true'} onChange={set('both')} />
            <span>Dyad in either direction</span>
          </label>
        )}
        <datalist id="cameo-codes">
          {CHOICES.map((c) => (
            <option key={c.code} value={c.code}>{c.name}</option>
          ))}
        </datalist>
        {field('code', 'CAMEO code (prefix)', <input name="code" list="cameo-codes" placeholder="e.g. 04 or 042" value={draft.code} onInput={set('code')} />)}
        {field(
          'plover',
          'PLOVER type',
          <select name="plover" value={draft.plover} onChange={set('plover')}>
            <option value="">any</option>
            {PLOVER_TYPES.map((t) => (
              <option key={t} value={t}>{t}</option>
            ))}
          </select>,
        )}
        {field(
          'quad',
          'Quad class',
          <select name="quad" value={draft.quad} onChange={set('quad')}>
            <option value="">any</option>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={String(q)}>{`${q} · ${QUAD_NAMES[q]}`}</option>
            ))}
          </select>,
        )}
        <div class="field-row">
          {field('since', 'Since', <input name="since" placeholder="YYYY-MM-DD" pattern="\d{4}(-\d{2}(-\d{2})?)?" title="A year, a month or a day: 2020, 2020-07 or 2020-07-15" value={draft.since} onInput={set('since')} />)}
          {field('until', 'Until', <input name="until" placeholder="YYYY-MM-DD" pattern="\d{4}(-\d{2}(-\d{2})?)?" title="A year, a month or a day: 2020, 2020-07 or 2020-07-15" value={draft.until} onInput={set('until')} />)}
        </div>
        {field('location', 'Place or country', <input name="location" placeholder="e.g. Seoul or VNM" value={draft.location} onInput={set('location')} />)}
        {field('text', 'Words in the article', <input name="text" type="search" placeholder="e.g. nuclear" value={draft.text} onInput={set('text')} />)}
        {field(
          'negated',
          'Negation',
          <select name="negated" value={draft.negated} onChange={set('negated')}>
            <option value="">asserted and negated</option>
            <option value="false">asserted only</option>
            <option value="true">negated only (“did not meet”)</option>
          </select>,
        )}
        <div class="buttons">
          <button type="submit" class="primary">Apply</button>
          <button type="button" onClick={clear}>Clear</button>
        </div>
      </form>
    </details>
  );
}
