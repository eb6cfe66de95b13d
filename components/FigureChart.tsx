// A small number line: one row per source (and one for the page), each figure marked on a
// shared axis, so a differing figure shows at a glance. Plain SVG, no chart library.
// Self-contained colours (CSS variables with fallbacks), so the dashboard can use it too.
import type { Figure, Statement } from '../core/types';
import { countsText, figureText, statementWhen, statementWho } from './claim-text';

export type PointRole = 'page' | 'fits' | 'differs' | 'source';

export interface ChartPoint {
  figure: Figure;
  /** Who gave the figure ("the Pentagon", "This page"). */
  who: string;
  /** When, in words ("Nov 2024"), or ''. */
  when: string;
  role: PointRole;
}

/** Points for a record's statements (the dashboard): every statement with a figure of one kind. */
export function statementPoints(statements: Statement[], counts?: string): ChartPoint[] {
  return statements
    .filter((s) => s.figure && (counts === undefined || s.figure.counts === counts))
    .map((s) => ({ figure: s.figure as Figure, who: statementWho(s), when: statementWhen(s), role: 'source' as const }));
}

const ROLE_WORD: Record<PointRole, string> = { page: '', fits: 'same figure', differs: 'another figure', source: '' };

/** The chart as text, for screen readers and as the figure's caption. */
export function chartText(points: ChartPoint[]): string {
  return points
    .map((p) => {
      const who = p.when ? `${p.who} (${p.when})` : p.who;
      const role = ROLE_WORD[p.role] ? ` – ${ROLE_WORD[p.role]}` : '';
      return `${who}: ${figureText(p.figure)}${role}`;
    })
    .join('; ');
}

/** Axis ends and ticks with round steps (1, 2, 5 × 10^n). */
export function axis(points: ChartPoint[]): { lo: number; hi: number; ticks: number[] } {
  const values = points.flatMap((p) => [p.figure.value, p.figure.max ?? p.figure.value]);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const spread = hi - lo;
  const pad = spread > 0 ? spread * 0.2 : Math.max(1, Math.abs(lo) * 0.15);
  const floor = lo >= 0 ? 0 : -Infinity;
  lo = Math.max(floor, lo - pad);
  hi = hi + pad;
  const raw = (hi - lo) / 3;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + 1e-9; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return { lo, hi, ticks };
}

function compact(n: number, percent: boolean): string {
  if (percent) return `${n}%`;
  const a = Math.abs(n);
  if (a >= 1e6) return `${+(n / 1e6).toFixed(1)}M`;
  if (a >= 1e4) return `${+(n / 1e3).toFixed(0)}k`;
  return n.toLocaleString('en-US');
}

const cut = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);

const W = 344;
const LABEL_W = 156;
/** Characters that fit in the label column at 11px. */
const LABEL_CHARS = 27;
const X0 = LABEL_W + 10;
const X1 = W - 14;
const ROW = 19;
const TOP = 6;
const AXIS_H = 18;

const COLOUR: Record<PointRole, string> = {
  page: 'var(--fg, #1b1f24)',
  fits: 'var(--agrees, #1a7f37)',
  differs: 'var(--differs, #b35900)',
  source: 'var(--accent, #0a58ca)',
};

/** Marker shapes differ by role, so the chart reads without colour. */
function Marker({ x, y, role }: { x: number; y: number; role: PointRole }) {
  const c = COLOUR[role];
  if (role === 'page') return <rect x={x - 5} y={y - 5} width={10} height={10} transform={`rotate(45 ${x} ${y})`} style={{ fill: c }} />;
  if (role === 'differs')
    return <path d={`M${x - 5} ${y - 5}L${x + 5} ${y + 5}M${x + 5} ${y - 5}L${x - 5} ${y + 5}`} style={{ stroke: c, strokeWidth: 2.5 }} />;
  return <circle cx={x} cy={y} r={5} style={{ fill: c }} />;
}

export interface FigureChartProps {
  points: ChartPoint[];
  /** Short caption, e.g. "Troops sent: every figure"; defaults to the kind of figure. */
  title?: string;
  /** Show the text alternative under the chart as well (the dashboard); the tooltip lists the figures itself. */
  showText?: boolean;
  id?: string;
}

export function FigureChart({ points, title, showText = false, id = 'cl-chart' }: FigureChartProps) {
  if (!points.length) return null;
  const { lo, hi, ticks } = axis(points);
  const percent = points[0]!.figure.unit === 'percent';
  const x = (v: number) => X0 + ((v - lo) / (hi - lo || 1)) * (X1 - X0);
  const h = TOP + points.length * ROW + AXIS_H;
  const page = points.find((p) => p.role === 'page');
  const caption = title ?? `${cap(countsText(points[0]!.figure) || 'Figures')}: who gave which figure`;
  const text = chartText(points);
  return (
    <figure class="cl-chart" style={{ margin: '6px 0' }}>
      <svg
        viewBox={`0 0 ${W} ${h}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        style={{ display: 'block', maxWidth: `${W * 1.4}px`, overflow: 'visible', font: '11px system-ui, sans-serif' }}
      >
        <title id={`${id}-t`}>{caption}</title>
        <desc id={`${id}-d`}>{text}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={TOP} y2={h - AXIS_H + 4} style={{ stroke: 'var(--line, #d0d7de)', strokeWidth: 1 }} />
            <text x={x(t)} y={h - 6} text-anchor="middle" style={{ fill: 'var(--muted, #57606a)' }}>
              {compact(t, percent)}
            </text>
          </g>
        ))}
        {page ? (
          <line
            x1={x(page.figure.value)}
            x2={x(page.figure.value)}
            y1={TOP}
            y2={h - AXIS_H + 4}
            style={{ stroke: COLOUR.page, strokeWidth: 1.5, strokeDasharray: '3 3' }}
          />
        ) : null}
        {points.map((p, i) => {
          const y = TOP + i * ROW + ROW / 2;
          const f = p.figure;
          const v = x(f.value);
          const end = f.qualifier === 'between' && f.max != null ? x(f.max) : f.qualifier === 'about' ? x(f.value * 1.05) : v;
          const start = f.qualifier === 'about' ? x(f.value * 0.95) : v;
          const arrow = f.qualifier === 'more-than' || f.qualifier === 'at-least' ? 1 : f.qualifier === 'up-to' || f.qualifier === 'less-than' || f.qualifier === 'nearly' ? -1 : 0;
          const label = p.when ? `${p.who}, ${p.when}` : p.who;
          // The date always shows; a long name gives way.
          const shown = p.when ? `${cut(p.who, Math.max(8, LABEL_CHARS - p.when.length - 2))}, ${p.when}` : cut(p.who, LABEL_CHARS);
          const right = v < (X0 + X1) / 2;
          return (
            <g key={i} class={`pt ${p.role}`}>
              <title>{`${label}: ${figureText(f)}`}</title>
              <text x={0} y={y + 4} style={{ fill: 'var(--fg, #1b1f24)', fontWeight: p.role === 'page' ? 700 : 400 }}>
                {shown}
              </text>
              <line x1={X0} x2={X1} y1={y} y2={y} style={{ stroke: 'var(--line, #d0d7de)', strokeWidth: 0.5 }} />
              {end !== start ? <line x1={start} x2={end} y1={y} y2={y} style={{ stroke: COLOUR[p.role], strokeWidth: 3, opacity: 0.5 }} /> : null}
              {arrow ? (
                <path
                  d={`M${v} ${y}H${v + arrow * 16}M${v + arrow * 12} ${y - 3}L${v + arrow * 16} ${y}L${v + arrow * 12} ${y + 3}`}
                  style={{ stroke: COLOUR[p.role], strokeWidth: 1.5, fill: 'none' }}
                />
              ) : null}
              <Marker x={v} y={y} role={p.role} />
              <text x={right ? Math.max(v, end) + 8 + (arrow > 0 ? 14 : 0) : Math.min(v, start) - 8 - (arrow < 0 ? 14 : 0)} y={y + 4} text-anchor={right ? 'start' : 'end'} style={{ fill: 'var(--muted, #57606a)' }}>
                {compact(f.value, percent)}
              </text>
            </g>
          );
        })}
      </svg>
      {showText ? <figcaption class="cl-chart-text">{text}</figcaption> : null}
    </figure>
  );
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
