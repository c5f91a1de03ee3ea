import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartRow, ChartSeries } from './BarChartFigure';

interface Props {
  series: ChartSeries[];
  rows: ChartRow[];
  stacked?: boolean;
  horizontal?: boolean;
}

/** The recharts drawing of BarChartFigure; its data table is the accessible version. */
export default function BarChartSvg({ series, rows, stacked, horizontal }: Props) {
  const data = rows.map((r) => ({ label: r.label, ...r.values }));
  const height = horizontal ? Math.max(160, rows.length * 48 + 70) : 260;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout={horizontal ? 'vertical' : 'horizontal'} accessibilityLayer={false} margin={{ left: 8, right: 16 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#ced4da" />
        {horizontal ? (
          <>
            <XAxis type="number" allowDecimals={false} tick={{ fill: '#343a40', fontSize: 12 }} />
            <YAxis type="category" dataKey="label" width={150} tick={{ fill: '#343a40', fontSize: 12 }} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" tick={{ fill: '#343a40', fontSize: 12 }} />
            <YAxis allowDecimals={false} width={32} tick={{ fill: '#343a40', fontSize: 12 }} />
          </>
        )}
        <Tooltip />
        <Legend wrapperStyle={{ color: '#343a40' }} itemSorter={null} />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            fill={s.color}
            stackId={stacked ? 'all' : undefined}
            isAnimationActive={false}
            maxBarSize={36}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
