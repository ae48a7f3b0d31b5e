import { useState } from 'preact/hooks';
import { ApiError, errorText, postJson } from '../api.js';
import { cameoName } from '../cameo.js';
import { EvidenceSentence, Goldstein, QuadChip } from '../components/evidence.js';
import { href } from '../router.js';
import type { EventRow } from '../types.js';

interface Coded {
  article: { title?: string | null; published?: string | null; text?: string; language?: string | null } | null;
  events: EventRow[];
}

const TOKEN_KEY = 'dyad.token';

/** HTML is sent as HTML so the server strips boilerplate; anything else as text. */
function bodyOf(content: string, isHtml: boolean, published: string, title: string) {
  const b: Record<string, string> = isHtml ? { html: content } : { text: content };
  if (published) b.published = published;
  if (title.trim()) b.title = title.trim();
  return b;
}

export function AddView() {
  const [content, setContent] = useState('');
  const [isHtml, setIsHtml] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const [published, setPublished] = useState('');
  const [title, setTitle] = useState('');
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const [coded, setCoded] = useState<Coded | null>(null);
  const [busy, setBusy] = useState<'code' | 'store' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [stored, setStored] = useState<{ articleId: number; events: number } | null>(null);
  const [drag, setDrag] = useState(false);

  const readFile = async (f: File) => {
    const text = await f.text();
    setFileName(f.name);
    setIsHtml(/\.html?$/i.test(f.name) || /^\s*(<!doctype|<html|<head|<body)/i.test(text));
    setContent(text);
    setCoded(null);
    setStored(null);
  };

  const code = async (e: Event) => {
    e.preventDefault();
    if (!content.trim()) return setError('Paste the text of an article or drop a file first.');
    setBusy('code');
    setError(null);
    setStored(null);
    try {
      setCoded(await postJson<Coded>('code', bodyOf(content, isHtml, published, title)));
      requestAnimationFrame(() => document.querySelector('.coded')?.scrollIntoView({ block: 'start' }));
    } catch (err) {
      setCoded(null);
      setError(errorText(err));
    } finally {
      setBusy(null);
    }
  };

  const store = async () => {
    if (!token.trim()) return setError('Enter the server’s write token to store the article.');
    sessionStorage.setItem(TOKEN_KEY, token.trim());
    setBusy('store');
    setError(null);
    try {
      const r = await postJson<{ articleId: number; events: unknown[] }>('articles', bodyOf(content, isHtml, published, title), token.trim());
      setStored({ articleId: r.articleId, events: r.events.length });
      requestAnimationFrame(() => document.querySelector('.store-box')?.scrollIntoView({ block: 'end' }));
    } catch (err) {
      setError(
        err instanceof ApiError && (err.status === 401 || err.status === 403)
          ? `The server refused to store the article (${err.status}): ${err.message} Check the token the server was started with.`
          : errorText(err),
      );
    } finally {
      setBusy(null);
    }
  };

  return (
    <div class="add-view">
      <section class="main-col" aria-label="Add an article">
        <h1>Add an article</h1>
        <p class="muted">Paste an article or drop an HTML or text file, give its publication date (relative dates such as “Wednesday” are read against it), and see the events dyad codes in it.</p>
        <form class="add-form" onSubmit={code}>
          <div
            class={`drop${drag ? ' over' : ''}`}
            onDragOver={(e) => {
              e.preventDefault();
              setDrag(true);
            }}
            onDragLeave={() => setDrag(false)}
            onDrop={(e) => {
              e.preventDefault();
              setDrag(false);
              const f = e.dataTransfer?.files[0];
              if (f) void readFile(f);
            }}
          >
            <label class="field">
              <span>
                Article text{fileName ? <span class="muted"> — from {fileName}{isHtml ? ' (HTML)' : ''}</span> : null}
              </span>
              <textarea
                name="text"
                rows={12}
                placeholder="Paste the article here, or drop a .html / .txt file on this box."
                value={content}
                onInput={(e) => {
                  setContent(e.currentTarget.value);
                  setFileName(null);
                  setIsHtml(/^\s*</.test(e.currentTarget.value));
                }}
              />
            </label>
            <label class="file-pick">
              <span>…or choose a file</span>
              <input type="file" accept=".html,.htm,.txt,text/html,text/plain" onChange={(e) => e.currentTarget.files?.[0] && void readFile(e.currentTarget.files[0])} />
            </label>
          </div>
          <div class="field-row">
            <label class="field">
              <span>Publication date</span>
              <input name="published" type="date" value={published} onInput={(e) => setPublished(e.currentTarget.value)} />
            </label>
            <label class="field grow">
              <span>Title (optional)</span>
              <input name="title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
            </label>
          </div>
          <div class="buttons">
            <button type="submit" class="primary" disabled={busy !== null}>
              {busy === 'code' ? 'Coding…' : 'Code it'}
            </button>
          </div>
        </form>
        {error ? (
          <div class="status status-error" role="alert">
            {error}
          </div>
        ) : null}
        {coded ? (
          <section class="coded" aria-label="Coded events">
            <h2>
              {coded.events.length} event{coded.events.length === 1 ? '' : 's'} found
              {coded.article?.title ? <span class="muted"> in “{coded.article.title}”</span> : null}
              {coded.article?.published ? <span class="muted small"> · published {coded.article.published.slice(0, 10)}</span> : null}
            </h2>
            {coded.events.length ? (
              <ol class="coded-events">
                {coded.events.map((ev, i) => (
                  <li key={i} class="coded-event">
                    <div class="coded-line">
                      <QuadChip quad={ev.quadClass} /> <span class="code">{ev.source?.code ?? '—'}</span> <span class="code">{ev.cameo}</span> <strong>{cameoName(ev.cameo, ev)}</strong>{' '}
                      <span class="code">{ev.target?.code ?? '—'}</span> <Goldstein value={ev.goldstein} />{' '}
                      <span class="muted small">
                        {ev.date?.value ?? 'undated'}
                        {ev.date?.precision ? ` (${ev.date.precision})` : ''}
                        {ev.location ? ` · ${ev.location.name}` : ''} · {ev.plover.type ?? '—'}
                        {ev.rule ? ` · rule ${ev.rule}` : ''}
                      </span>
                    </div>
                    <EvidenceSentence ev={ev} sentenceStart={null} />
                  </li>
                ))}
              </ol>
            ) : (
              <p class="status status-empty">No events were found. dyad codes political actors doing things to each other (“Seoul and Tokyo agreed …”).</p>
            )}
            <div class="store-box">
              <h3>Store it</h3>
              <p class="small muted">Storing adds the article and its events to the database behind this server. It needs the token the server was started with.</p>
              <div class="field-row">
                <label class="field grow">
                  <span>Write token</span>
                  <input name="token" type="password" autoComplete="off" value={token} onInput={(e) => setToken(e.currentTarget.value)} />
                </label>
                <button type="button" class="primary" disabled={busy !== null} onClick={store}>
                  {busy === 'store' ? 'Storing…' : 'Store article'}
                </button>
              </div>
              {stored ? (
                <p class="status status-ok" role="status">
                  Stored as article {stored.articleId} with {stored.events} event{stored.events === 1 ? '' : 's'}.{' '}
                  <a href={href('article', undefined, stored.articleId)}>Read it</a>
                </p>
              ) : null}
            </div>
          </section>
        ) : null}
      </section>
    </div>
  );
}
