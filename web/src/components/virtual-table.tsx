import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface Column<T> {
  key: string;
  label: string;
  /** CSS grid track, e.g. '7rem' or 'minmax(8rem, 2fr)'. */
  width: string;
  /** Track on a phone, when it differs. */
  phoneWidth?: string;
  render: (row: T) => ComponentChildren;
  /** Dropped when the table is narrow (a phone, or beside the evidence panel). */
  wide?: boolean;
  /** Dropped on a phone too. */
  roomy?: boolean;
  align?: 'right';
}

const OVERSCAN = 10;

/**
 * A table that renders only the rows in view, so thousands of rows scroll
 * without lag. Arrow keys, Page Up/Down, Home/End move; Enter opens.
 */
export function VirtualTable<T>(props: {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string | number;
  rowHeight?: number;
  active: number;
  onActive: (i: number) => void;
  onOpen: (i: number) => void;
  onNearEnd?: () => void;
  label: string;
  /** 'panel': drop `wide` columns; 'phone': drop `wide` and `roomy` ones. */
  narrow?: false | 'panel' | 'phone';
}) {
  const h = props.rowHeight ?? 34;
  const body = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const [view, setView] = useState(600);
  const cols = props.columns.filter((c) => !((props.narrow && c.wide) || (props.narrow === 'phone' && c.roomy)));
  const template = cols.map((c) => (props.narrow === 'phone' && c.phoneWidth) || c.width).join(' ');

  useLayoutEffect(() => {
    const el = body.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setView(el.clientHeight));
    ro.observe(el);
    setView(el.clientHeight);
    return () => ro.disconnect();
  }, []);

  // Keep the active row in view when the keyboard moves it.
  useEffect(() => {
    const el = body.current;
    if (!el || props.active < 0) return;
    const y = props.active * h;
    if (y < el.scrollTop) el.scrollTop = y;
    else if (y + h > el.scrollTop + el.clientHeight) el.scrollTop = y + h - el.clientHeight;
  }, [props.active]);

  const n = props.rows.length;
  const first = Math.max(0, Math.floor(top / h) - OVERSCAN);
  const last = Math.min(n, Math.ceil((top + view) / h) + OVERSCAN);
  useEffect(() => {
    if (props.onNearEnd && last >= n - OVERSCAN * 2) props.onNearEnd();
  }, [last, n]);

  const onKey = (e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor(view / h) - 1);
    const move: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    let next = props.active;
    if (e.key in move) next = Math.max(0, Math.min(n - 1, (props.active < 0 ? -1 : props.active) + move[e.key]!));
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    else if (e.key === 'Enter' && props.active >= 0) {
      e.preventDefault();
      props.onOpen(props.active);
      return;
    } else return;
    e.preventDefault();
    props.onActive(next);
  };

  const rows = [];
  for (let i = first; i < last; i++) {
    const r = props.rows[i]!;
    const id = `row-${props.rowKey(r)}`;
    rows.push(
      <div
        key={props.rowKey(r)}
        id={id}
        role="row"
        aria-rowindex={i + 2}
        aria-selected={i === props.active}
        class={`vt-row${i === props.active ? ' active' : ''}${i % 2 ? ' odd' : ''}`}
        style={{ top: `${i * h}px`, height: `${h}px`, gridTemplateColumns: template }}
        onClick={() => {
          props.onActive(i);
          props.onOpen(i);
        }}
      >
        {cols.map((c) => (
          <div role="gridcell" class={`vt-cell${c.align === 'right' ? ' right' : ''} col-${c.key}`} key={c.key}>
            {c.render(r)}
          </div>
        ))}
      </div>,
    );
  }
  const activeRow = props.active >= 0 ? props.rows[props.active] : undefined;
  return (
    <div class="vt" role="grid" aria-label={props.label} aria-rowcount={n + 1}>
      <div class="vt-head" role="row" style={{ gridTemplateColumns: template }}>
        {cols.map((c) => (
          <div role="columnheader" class={`vt-cell${c.align === 'right' ? ' right' : ''}`} key={c.key}>
            {c.label}
          </div>
        ))}
      </div>
      <div
        class="vt-body"
        ref={body}
        tabIndex={0}
        aria-activedescendant={activeRow ? `row-${props.rowKey(activeRow)}` : undefined}
        onScroll={(e) => setTop((e.currentTarget as HTMLDivElement).scrollTop)}
        onKeyDown={onKey}
      >
        <div class="vt-sizer" style={{ height: `${n * h}px` }}>
          {rows}
        </div>
      </div>
    </div>
  );
}
