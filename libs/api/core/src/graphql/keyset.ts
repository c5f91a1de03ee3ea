import { decodeCursor } from './connection';

/** How a list is ordered: an SQL expression, its direction and type; ties broken by the id. */
export interface KeysetSort {
  expr: string;
  direction: 'ASC' | 'DESC';
  cast: 'text' | 'timestamptz' | 'float8' | 'int8';
  idExpr: string;
}

/**
 * Keyset pagination fragments (never OFFSET): the WHERE condition after a cursor, the ORDER BY,
 * and the select item that gives each row its cursor key. Parameters are appended to `params`.
 */
export function keyset(sort: KeysetSort, after: string | null | undefined, params: unknown[]) {
  const dir = sort.direction;
  let where = 'TRUE';
  if (after) {
    const cursor = decodeCursor(after);
    params.push(cursor.sortValue === null ? null : String(cursor.sortValue), cursor.id);
    const v = `$${params.length - 1}::${sort.cast}`;
    const id = `$${params.length}::uuid`;
    where = `(${sort.expr}, ${sort.idExpr}) ${dir === 'ASC' ? '>' : '<'} (${v}, ${id})`;
  }
  return {
    where,
    orderBy: `${sort.expr} ${dir}, ${sort.idExpr} ${dir}`,
    sortKey: `(${sort.expr})::text AS sort_key`,
  };
}
