import { useQuery } from '@apollo/client/react';
import { DepartmentsDocument, RegionsDocument } from './generated/graphql';

/** The 18 regions (cached for the whole visit). */
export function useRegions() {
  return useQuery(RegionsDocument, { fetchPolicy: 'cache-first' });
}

/** Departments of a region; nothing until a region is chosen. */
export function useDepartments(regionCode: string | null | undefined) {
  return useQuery(DepartmentsDocument, { variables: { regionCode: regionCode ?? '' }, skip: !regionCode, fetchPolicy: 'cache-first' });
}
