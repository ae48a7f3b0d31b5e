import { QUAD_COLORS, QUAD_NAMES } from '../ontology.js';
import type { StatsRow } from '../types.js';
import { periodLabel, type Interval } from '../periods.js';
import { niceTicks } from '../ticks.js';
import { useWidth } from './use-width.js';

const QUADS = [1, 2, 3, 4] as const;

/**
 * Counts per period stacked by quad class, with mean Goldstein as a line on a
 * second axis (−10 … +10). A bar is a button: it reports its period.
 */
export function DyadChart(props: { rows: StatsRow[]; periods: string[]; interval: Interval; selected: string | null; onSelect: (p: string) => void }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const byPeriod = new Map(props.rows.map((r) => [r.period ?? '', r]));
  // Week labels are full dates: they need more room below the axis than months.
  const m = { l: 52, r: 52, t: 14, b: props.interval === 'week' ? 78 : 58 };
  const H = 242 + m.b;
  const W = Math.max(300, width);
  const iw = W - m.l - m.r;
  const ih = H - m.t - m.b;
  const n = props.periods.length;
  const band = iw / Math.max(1, n);
  const barW = Math.max(1, Math.min(48, band * 0.78));
  const max = Math.max(1, ...props.rows.map((r) => r.count));
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1]!;
  const y = (v: number) => m.t + ih - (v / top) * ih;
  const gy = (g: number) => m.t + ih - ((g + 10) / 20) * ih;
  const x = (i: number) => m.l + band * i + band / 2;
  // Label every k-th period so labels (≈ 62 px rotated) never overlap.
  const every = Math.max(1, Math.ceil(70 / band));
  const line: string[] = [];
  props.periods.forEach((p, i) => {
    const r = byPeriod.get(p);
    if (r && r.goldsteinMean !== null && r.count > 0) line.push(`${line.length ? 'L' : 'M'}${x(i).toFixed(1)},${gy(r.goldsteinMean).toFixed(1)}`);
  });
  const unit = props.interval === 'week' ? 'week' : 'month';
  return (
    <figure class="chart" ref={ref}>
      <figcaption class="chart-legend">
        {QUADS.map((q) => (
          <span key={q} class="legend-item">
            <span class="swatch" style={{ background: QUAD_COLORS[q] }} /> {QUAD_NAMES[q]}
          </span>
        ))}
        <span class="legend-item">
          <span class="swatch-line" /> Mean Goldstein (right axis)
        </span>
      </figcaption>
      <svg width={W} height={H} role="img" aria-label={`Events per ${unit} by quad class, with mean Goldstein`}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={m.l} x2={W - m.r} y1={y(t)} y2={y(t)} class="grid" />
            <text x={m.l - 6} y={y(t) + 4} class="tick" text-anchor="end">
              {t}
            </text>
          </g>
        ))}
        {[-10, -5, 0, 5, 10].map((g) => (
          <text key={g} x={W - m.r + 6} y={gy(g) + 4} class="tick tick-g">
            {g > 0 ? `+${g}` : g}
          </text>
        ))}
        <line x1={m.l} x2={W - m.r} y1={gy(0)} y2={gy(0)} class="zero-g" />
        <text class="axis-title" transform={`translate(14 ${m.t + ih / 2}) rotate(-90)`} text-anchor="middle">
          Events per {unit}
        </text>
        <text class="axis-title" transform={`translate(${W - 10} ${m.t + ih / 2}) rotate(90)`} text-anchor="middle">
          Mean Goldstein
        </text>
        <text class="axis-title" x={m.l + iw / 2} y={H - 4} text-anchor="middle">
          {unit === 'week' ? 'Week' : 'Month'}
        </text>
        {props.periods.map((p, i) => {
          const r = byPeriod.get(p);
          let acc = 0;
          return (
            <g
              key={p}
              class={`bar${props.selected === p ? ' sel' : ''}`}
              role="button"
              tabIndex={r?.count ? 0 : -1}
              aria-label={`${periodLabel(p, props.interval)}: ${r?.count ?? 0} events`}
              onClick={() => r?.count && props.onSelect(p)}
              onKeyDown={(e) => {
                if ((e.key === 'Enter' || e.key === ' ') && r?.count) {
                  e.preventDefault();
                  props.onSelect(p);
                }
              }}
            >
              <rect x={x(i) - band / 2} y={m.t} width={band} height={ih} class="hit" />
              {r
                ? QUADS.map((q) => {
                    const v = r[`quad${q}` as const] ?? 0;
                    if (!v) return null;
                    const y0 = y(acc);
                    acc += v;
                    const y1 = y(acc);
                    return <rect key={q} x={x(i) - barW / 2} y={y1} width={barW} height={Math.max(0.5, y0 - y1)} fill={QUAD_COLORS[q]} />;
                  })
                : null}
              <title>{`${periodLabel(p, props.interval)}: ${r?.count ?? 0} events${r ? ` (${QUADS.map((q) => `${QUAD_NAMES[q]} ${r[`quad${q}` as const]}`).join(', ')}); mean Goldstein ${r.goldsteinMean?.toFixed(2) ?? '—'}` : ''}`}</title>
            </g>
          );
        })}
        <path d={line.join(' ')} class="g-line" />
        {props.periods.map((p, i) => {
          const r = byPeriod.get(p);
          return r && r.goldsteinMean !== null && r.count > 0 ? <circle key={p} cx={x(i)} cy={gy(r.goldsteinMean)} r={3} class="g-dot" /> : null;
        })}
        <line x1={m.l} x2={W - m.r} y1={m.t + ih} y2={m.t + ih} class="axis" />
        {props.periods.map((p, i) =>
          i % every === 0 ? (
            <text key={p} class="tick" text-anchor="end" transform={`translate(${x(i) + 4} ${m.t + ih + 10}) rotate(-40)`}>
              {periodLabel(p, props.interval)}
            </text>
          ) : null,
        )}
      </svg>
    </figure>
  );
}
