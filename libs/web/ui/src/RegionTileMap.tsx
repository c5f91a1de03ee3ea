import { Table, Text } from '@mantine/core';

export interface RegionTile {
  code: string;
  label: string;
  col: number;
  row: number;
  value: number;
}

export interface RegionTileMapProps {
  title: string;
  regionHeader: string;
  valueHeader: string;
  regions: RegionTile[];
}

const TILE = 64;
const GAP = 6;

/**
 * French regions as a tile grid (our own drawing: the map packages on npm are non-commercial or
 * GPL), coloured by value, with the same figures in a table beside it for screen readers and print.
 */
export function RegionTileMap({ title, regionHeader, valueHeader, regions }: RegionTileMapProps) {
  const max = Math.max(1, ...regions.map((r) => r.value));
  const cols = Math.max(...regions.map((r) => r.col), 0) + 1;
  const rows = Math.max(...regions.map((r) => r.row), 0) + 1;
  return (
    <figure className="tile-map">
      <figcaption>
        <Text fw={600}>{title}</Text>
      </figcaption>
      <div className="tile-map-body">
        <svg
          width={cols * (TILE + GAP)}
          height={rows * (TILE + GAP) + GAP * 2}
          viewBox={`0 0 ${cols * (TILE + GAP)} ${rows * (TILE + GAP) + GAP * 2}`}
          role="img"
          aria-label={title}
        >
          {regions.map((r) => {
            const intensity = r.value / max;
            const dark = intensity > 0.5;
            return (
              <g key={r.code} transform={`translate(${r.col * (TILE + GAP)}, ${r.row * (TILE + GAP) + (r.row === 5 ? GAP * 2 : 0)})`}>
                <title>{`${r.label} : ${r.value}`}</title>
                <rect width={TILE} height={TILE} rx={8} fill={`rgba(21, 96, 63, ${0.12 + intensity * 0.88})`} />
                <text x={TILE / 2} y={TILE / 2 - 4} textAnchor="middle" fontSize="11" fill={dark ? '#fff' : '#05412a'}>
                  {r.label.length > 10 ? `${r.label.slice(0, 9)}…` : r.label}
                </text>
                <text x={TILE / 2} y={TILE / 2 + 14} textAnchor="middle" fontSize="14" fontWeight="700" fill={dark ? '#fff' : '#05412a'}>
                  {r.value}
                </text>
              </g>
            );
          })}
        </svg>
        <Table striped withTableBorder className="tile-map-table" captionSide="top">
          <Table.Caption>{title}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{regionHeader}</Table.Th>
              <Table.Th scope="col">{valueHeader}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {regions.map((r) => (
              <Table.Tr key={r.code}>
                <Table.Th scope="row" fw={400}>
                  {r.label}
                </Table.Th>
                <Table.Td>{r.value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </figure>
  );
}
