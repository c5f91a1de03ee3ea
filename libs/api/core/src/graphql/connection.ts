import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { LIMITS } from '@mouvement/shared-domain';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DomainException } from '../errors/domain.exception';

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

export function decodeCursor(cursor: string): { sortValue: string | number | null; id: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (typeof parsed[0] === 'string' || typeof parsed[0] === 'number' || parsed[0] === null) &&
      typeof parsed[1] === 'string'
    ) {
      return { sortValue: parsed[0], id: parsed[1] };
    }
  } catch {
    /* fall through */
  }
  throw DomainException.field('after', { fr: 'Curseur de pagination invalide.', en: 'Invalid pagination cursor.' });
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
