import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

export type Sql = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

/**
 * Read queries straight on TypeORM's pg pool: list pages and DataLoaders run on every request,
 * and TypeORM's per-query QueryRunner (created, connected, broadcast to, released) costs more than
 * the statement. Writes keep going through TypeORM and its transactions.
 */
export function sqlOf(dataSource: DataSource): Sql {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  return async <T>(text: string, params: unknown[] = []) => (await pool.query(text, params)).rows as T[];
}
