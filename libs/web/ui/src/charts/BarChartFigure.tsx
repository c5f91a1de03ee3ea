import { Loader, Table, Text } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';

export interface ChartSeries {
  key: string;
  label: string;
  /** Fill colour; pick colours with at least 3:1 contrast against white. */
  color: string;
}

export interface ChartRow {
  /** Label of the category (a week, an event…), shown on the axis and as the table's row header. */
  label: string;
  /** Longer label for the table, when the axis label is shortened. */
  fullLabel?: ReactNode;
  values: Record<string, number>;
}

export interface BarChartFigureProps {
  title: string;
  /** Header of the table's first column. */
  categoryHeader: string;
  series: ChartSeries[];
  rows: ChartRow[];
  /** Stack the series in one bar per row instead of side by side. */
  stacked?: boolean;
  /** Bars along a vertical axis, for long category labels. */
  horizontal?: boolean;
  emptyText: string;
  loadingLabel: string;
  /** The title is already the heading above: keep it for screen readers only. */
  titleHidden?: boolean;
}

/** The drawing itself (recharts) is loaded on demand, so pages without charts don't carry it. */
const BarChartSvg = lazy(() => import('./BarChartSvg'));

/**
 * A bar chart with the same figures in a table beside it (RGAA: the table is what screen readers
 * and printouts use; the drawing is hidden from assistive technologies).
 */
export function BarChartFigure({
  title,
  categoryHeader,
  series,
  rows,
  stacked,
  horizontal,
  emptyText,
  loadingLabel,
  titleHidden,
}: BarChartFigureProps) {
  const hasData = rows.some((r) => series.some((s) => (r.values[s.key] ?? 0) > 0));
  return (
    <figure className="chart-figure">
      <figcaption className={titleHidden ? 'visually-hidden' : undefined}>
        <Text fw={600}>{title}</Text>
      </figcaption>
      {hasData ? (
        <div className="chart-figure-body">
          <div className="chart-figure-drawing" aria-hidden="true">
            <Suspense fallback={<Loader role="status" size="sm" aria-label={loadingLabel} />}>
              <BarChartSvg series={series} rows={rows} stacked={stacked} horizontal={horizontal} />
            </Suspense>
          </div>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={title}>
            <Table striped withTableBorder captionSide="top" className="chart-figure-table">
              <Table.Caption className="visually-hidden">{title}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{categoryHeader}</Table.Th>
                  {series.map((s) => (
                    <Table.Th scope="col" key={s.key} ta="right">
                      {s.label}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.label}>
                    <Table.Th scope="row" fw={400}>
                      {r.fullLabel ?? r.label}
                    </Table.Th>
                    {series.map((s) => (
                      <Table.Td key={s.key} ta="right">
                        {r.values[s.key] ?? 0}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        </div>
      ) : (
        <Text size="sm">{emptyText}</Text>
      )}
    </figure>
  );
}
