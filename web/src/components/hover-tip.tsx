import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/**
 * Shows the `data-tip` text of whatever the pointer (or keyboard focus) is on,
 * as a small card beside it. One listener for a whole article: no per-span state.
 */
export function HoverTips(props: { children: ComponentChildren; class?: string }) {
  const [tip, setTip] = useState<{ text: string; x: number; y: number } | null>(null);
  const show = (e: Event) => {
    const el = (e.target as HTMLElement).closest?.('[data-tip]') as HTMLElement | null;
    if (!el) return setTip(null);
    const r = el.getBoundingClientRect();
    const x = Math.min(r.left, window.innerWidth - 330);
    setTip({ text: el.dataset.tip ?? '', x: Math.max(4, x), y: r.bottom + 6 });
  };
  return (
    <div class={props.class} onMouseOver={show} onFocusIn={show} onMouseLeave={() => setTip(null)}>
      {props.children}
      {tip ? (
        <div class="tip" role="tooltip" style={{ left: `${tip.x}px`, top: `${tip.y}px` }}>
          {tip.text.split('\n').map((l, i) => (
            <div key={i} class={i === 0 ? 'tip-head' : ''}>{l}</div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
