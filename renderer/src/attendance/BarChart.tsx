import { useId } from 'react';
import { DataTable } from '../components/DataTable';

export interface Bar {
  label: string;
  value: number;
  /** Shown under the bar; defaults to the label. */
  short?: string;
}

/**
 * A small SVG bar chart with a title, a description, and the same figures as a table for everyone. With
 * nothing to draw (no bars, or all zero) it shows the `empty` sentence instead of a blank frame.
 */
export function BarChart({ title, bars, unit, empty }: { title: string; bars: Bar[]; unit: string; empty: string }) {
  const id = useId();
  if (bars.every((bar) => bar.value === 0)) {
    return (
      <figure className="chart">
        <figcaption>{title}</figcaption>
        <p className="chart-empty">{empty}</p>
      </figure>
    );
  }
  const width = 520;
  const height = 180;
  const top = 18;
  const bottom = 28;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const slot = bars.length === 0 ? width : width / bars.length;
  const barWidth = Math.min(44, slot * 0.7);
  const description = bars.map((bar) => `${bar.label}: ${bar.value} ${unit}`).join('; ');
  return (
    <figure className="chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-svg-title ${id}-desc`}
        className="chart-svg"
      >
        <title id={`${id}-svg-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <line x1={0} x2={width} y1={height - bottom} y2={height - bottom} className="chart-axis" />
        {bars.map((bar, index) => {
          const barHeight = ((height - top - bottom) * bar.value) / max;
          const x = index * slot + (slot - barWidth) / 2;
          const y = height - bottom - barHeight;
          return (
            <g key={`${bar.label}-${index}`}>
              <rect x={x} y={y} width={barWidth} height={barHeight} rx={3} className="chart-bar" />
              <text x={x + barWidth / 2} y={y - 4} textAnchor="middle" className="chart-value">
                {bar.value}
              </text>
              {(bars.length <= 12 || index % Math.ceil(bars.length / 12) === 0) && (
                <text x={x + barWidth / 2} y={height - 10} textAnchor="middle" className="chart-label">
                  {bar.short ?? bar.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <details className="chart-table">
        <summary>Show as a table</summary>
        <DataTable
          caption={title}
          headings={[unit === 'kids' ? 'Age' : 'When', unit[0]!.toUpperCase() + unit.slice(1)]}
          rows={bars.map((bar, index) => ({ key: `${bar.label}-${index}`, cells: [bar.label, bar.value] }))}
        />
      </details>
    </figure>
  );
}
