import type { ComponentChildren } from 'preact';
import { ApiError, errorText } from '../api.js';

/** A first word for an error: the user's request, a missing thing, or the server. */
function errorHead(err: unknown): string {
  if (err instanceof ApiError && err.status === 404) return 'Not found.';
  if (err instanceof ApiError && err.status >= 400 && err.status < 500) return 'Please check the request.';
  return 'Something went wrong.';
}

/** Loading, failure and empty states, in words. */
export function Status(props: { loading?: boolean; error?: unknown; empty?: boolean; emptyText?: ComponentChildren; children?: ComponentChildren }) {
  if (props.error) {
    return (
      <div class="status status-error" role="alert">
        <strong>{errorHead(props.error)}</strong> {errorText(props.error)}
      </div>
    );
  }
  if (props.loading) {
    return (
      <div class="status status-loading" role="status" aria-live="polite">
        <span class="spinner" aria-hidden="true" /> Loading…
      </div>
    );
  }
  if (props.empty) {
    return (
      <div class="status status-empty" role="status">
        {props.emptyText ?? 'Nothing matches these filters. Loosen a filter or clear them all.'}
      </div>
    );
  }
  return <>{props.children}</>;
}
