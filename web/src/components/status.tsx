import type { ComponentChildren } from 'preact';
import { errorText } from '../api.js';

/** Loading, failure and empty states, in words. */
export function Status(props: { loading?: boolean; error?: unknown; empty?: boolean; emptyText?: ComponentChildren; children?: ComponentChildren }) {
  if (props.error) {
    return (
      <div class="status status-error" role="alert">
        <strong>Something went wrong.</strong> {errorText(props.error)}
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
