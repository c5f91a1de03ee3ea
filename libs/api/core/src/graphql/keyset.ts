import type { Sql } from '../database/sql';
import { checkCursorValue, decodeCursor, invalidCursor, toConnection, type ConnectionShape } from './connection';

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
    checkCursorValue(cursor.sortValue, sort.cast);
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

/**
 * Keyset pagination over several sort columns in the same direction (e.g. pinned first, then
 * newest): one row comparison, the cursor holding every column's value.
 */
export function keysetComposite(
  parts: { expr: string; cast: KeysetSort['cast'] | 'bool' }[],
  idExpr: string,
  direction: 'ASC' | 'DESC',
  after: string | null | undefined,
  params: unknown[],
) {
  let where = 'TRUE';
  if (after) {
    const cursor = decodeCursor(after);
    let values: unknown;
    try {
      values = JSON.parse(String(cursor.sortValue));
    } catch {
      values = null;
    }
    if (!Array.isArray(values) || values.length !== parts.length) throw invalidCursor();
    values.forEach((v, i) => checkCursorValue(v, parts[i]?.cast ?? 'text'));
    const placeholders = values.map((v, i) => {
      params.push(v === null ? null : String(v));
      return `$${params.length}::${parts[i]?.cast}`;
    });
    params.push(cursor.id);
    where = `(${parts.map((p) => p.expr).join(', ')}, ${idExpr}) ${direction === 'ASC' ? '>' : '<'} (${placeholders.join(', ')}, $${params.length}::uuid)`;
  }
  return {
    where,
    orderBy: `${parts.map((p) => `${p.expr} ${direction}`).join(', ')}, ${idExpr} ${direction}`,
    sortKey: `json_build_array(${parts.map((p) => `(${p.expr})::text`).join(', ')})::text AS sort_key`,
  };
}

/** A list read one page at a time: see `keysetPage`. */
export interface KeysetList {
  /** The row's columns (the sort key is added). */
  columns: string;
  /** Tables and joins. */
  from: string;
  /** The list's own conditions, without the cursor… */
  where: string;
  /** …and their parameters. */
  params: readonly unknown[];
  /** Order and cursor, from `keyset` or `keysetComposite`, appending to the parameters it is given. */
  order: (params: unknown[]) => { where: string; orderBy: string; sortKey: string };
  first: number;
}

/**
 * One page of a list: `first + 1` rows after the cursor, in one statement, turned into nodes, with
 * the total counted (one more statement) only when a client asks for it.
 */
export async function keysetPage<Row extends { id: string }, Node extends { id: string }>(
  sql: Sql,
  list: KeysetList,
  toNodes: (rows: Row[]) => Node[] | Promise<Node[]>,
): Promise<ConnectionShape<Node>> {
  const params = [...list.params];
  const page = list.order(params);
  params.push(list.first + 1);
  const rows = await sql<Row & { sort_key: string }>(
    `SELECT ${list.columns}, ${page.sortKey} FROM ${list.from} WHERE ${list.where} AND ${page.where} ORDER BY ${page.orderBy} LIMIT $${params.length}`,
    params,
  );
  const keys = new Map(rows.map((r) => [r.id, r.sort_key]));
  return toConnection(
    await toNodes(rows),
    list.first,
    (node) => keys.get(node.id) ?? null,
    async () => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${list.from} WHERE ${list.where}`, [...list.params]))[0]?.n ?? 0,
  );
}
