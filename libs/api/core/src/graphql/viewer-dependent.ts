import { Extensions } from '@nestjs/graphql';
import { AsyncLocalStorage } from 'node:async_hooks';
import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';

/** The field extension the permission matrix reads. */
export const VIEWER_DEPENDENT = 'viewerDependent';

/**
 * Marks a field whose value depends on who asks (`viewerCanEdit`, a join request's message, the
 * members of a group…). Every such field has cells in the permission matrix
 * (apps/api/test/permissions), and the matrix fails on a field that reads the viewer without it.
 */
export const ViewerDependent = () => Extensions({ [VIEWER_DEPENDENT]: true });

const resolving = new AsyncLocalStorage<string>();

/** Which fields (`Type.field`) read the viewer while resolving, when tracking is on (tests only). */
export const viewerReads = new Set<string>();

/**
 * Test-only instrumentation: each field resolves inside an async context naming it, so a read of
 * the request's viewer can be attributed to the field that made it (root fields included). It
 * awaits every resolver, which would change DataLoader batching: never used outside the
 * permission-matrix test.
 */
export function trackViewerReads(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      const coordinate = `${type.name}.${field.name}`;
      field.resolve = (source, args, context, info) => resolving.run(coordinate, async () => await resolve(source, args, context, info));
    }
  }
  return schema;
}

/**
 * Wraps a context's viewer so that each read is recorded against the field being resolved. The
 * getter sits on the context's prototype: Apollo copies the context's own properties for each
 * operation, which would read a getter once and keep its value.
 */
export function recordViewerReads<C extends { viewer: unknown }>(context: C): C {
  const { viewer, ...rest } = context;
  const recording = {
    get viewer() {
      const field = resolving.getStore();
      if (field) viewerReads.add(field);
      return viewer;
    },
  };
  return Object.assign(Object.create(recording) as C, rest);
}
