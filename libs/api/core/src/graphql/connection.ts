import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { LIMITS } from '@mouvement/shared-domain';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DomainException } from '../errors/domain.exception';
import { parseDateTime } from './date-time.scalar';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page; pass it as `after`.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: LIMITS.pageSizeDefault, description: `How many items (1 to ${LIMITS.pageSizeMax}).` })
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  first: number = LIMITS.pageSizeDefault;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (a previous `endCursor`).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Counted only when the field is selected: a lazy promise starts its query when awaited. */
  totalCount: PromiseLike<number>;
}

/** Builds `XEdge` and `XConnection` object types for a node type. */
export function Connection<T>(nodeType: Type<T>, name: string = nodeType.name) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this item.' })
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items matching the filter (counted only when asked).' })
    totalCount!: PromiseLike<number>;
  }
  return ConnectionType;
}

/** A keyset cursor: the sort key of the last row and its id, opaque to clients. */
export function encodeCursor(sortValue: string | number | null, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The error for a cursor this API did not give (or no longer understands). */
export function invalidCursor(): DomainException {
  return DomainException.field(
    'after',
    {
      fr: 'Curseur de pagination invalide : repartez de la première page.',
      en: 'Invalid pagination cursor: start again from the first page.',
    },
    'INVALID_CURSOR',
  );
}

/** Reads a cursor; anything but `[sortValue, uuid]` in base64url is refused as INVALID_CURSOR. */
export function decodeCursor(cursor: string): { sortValue: string | number | null; id: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (typeof parsed[0] === 'string' || (typeof parsed[0] === 'number' && Number.isFinite(parsed[0])) || parsed[0] === null) &&
      typeof parsed[1] === 'string' &&
      UUID.test(parsed[1])
    ) {
      return { sortValue: parsed[0], id: parsed[1] };
    }
  } catch {
    /* fall through */
  }
  throw invalidCursor();
}

/** A `timestamptz` as PostgreSQL writes it in text (`2026-12-01 19:47:41.226632+00`); fixed widths, linear. */
const PG_TIMESTAMPTZ = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

function isCalendarInstant(pgText: string): boolean {
  try {
    parseDateTime(pgText.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00'));
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks a cursor's sort value against the column type it will be compared with, so a forged value
 * is a clear INVALID_CURSOR rather than a database error.
 */
export function checkCursorValue(value: unknown, cast: string): void {
  if (value === null) return;
  const text = String(value);
  const ok =
    cast === 'int8'
      ? /^-?\d{1,18}$/.test(text)
      : cast === 'float8'
        ? text.length <= 40 && text.trim() !== '' && !Number.isNaN(Number(text))
        : cast === 'bool'
          ? text === 'true' || text === 'false'
          : cast === 'timestamptz'
            ? typeof value === 'string' && PG_TIMESTAMPTZ.test(text) && isCalendarInstant(text)
            : true;
  if (!ok) throw invalidCursor();
}

/** A promise whose work starts only when something awaits it (GraphQL awaits selected fields only). */
export function lazy<T>(run: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return {
    then(onFulfilled, onRejected) {
      started ??= run();
      return started.then(onFulfilled, onRejected);
    },
  };
}

/** Turns `first + 1` fetched rows into a connection. */
export function toConnection<T extends { id: string }>(
  rows: T[],
  first: number,
  sortValue: (row: T) => string | number | null,
  totalCount: () => Promise<number>,
): ConnectionShape<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(sortValue(node), node.id) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: lazy(totalCount),
  };
}
