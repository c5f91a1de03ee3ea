import { useMutation, useQuery } from '@apollo/client/react';
import {
  ClaimOrganisationDocument,
  CreateOrganisationDocument,
  DecideOrganisationClaimDocument,
  DecideOrganisationMembershipDocument,
  LeaveOrganisationDocument,
  OrganisationClaimsDocument,
  OrganisationDocument,
  OrganisationNearDuplicatesDocument,
  OrganisationsDocument,
  RequestToJoinOrganisationDocument,
  UpdateOrganisationDocument,
  type OrganisationFilter,
  type OrganisationSort,
} from '@mouvement/web-data-access';

export const PAGE_SIZE = 20;

export function useOrganisationDirectory(filter: OrganisationFilter, sort: OrganisationSort) {
  return useQuery(OrganisationsDocument, { variables: { first: PAGE_SIZE, filter, sort }, notifyOnNetworkStatusChange: true });
}

export const useOrganisation = (slug: string) => useQuery(OrganisationDocument, { variables: { slug }, fetchPolicy: 'cache-and-network' });
export const useNearDuplicates = (name: string, regionCode: string | null, departmentCode: string | null) =>
  useQuery(OrganisationNearDuplicatesDocument, {
    variables: { name, regionCode: regionCode ?? '', departmentCode },
    skip: name.trim().length < 3 || !regionCode,
  });
export const useCreateOrganisation = () => useMutation(CreateOrganisationDocument);
export const useUpdateOrganisation = () => useMutation(UpdateOrganisationDocument);
export const useRequestToJoin = () => useMutation(RequestToJoinOrganisationDocument);
export const useDecideMembership = () => useMutation(DecideOrganisationMembershipDocument);
export const useLeaveOrganisation = () => useMutation(LeaveOrganisationDocument);
export const useClaimOrganisation = () => useMutation(ClaimOrganisationDocument);
export const useOrganisationClaims = () =>
  useQuery(OrganisationClaimsDocument, { variables: { status: 'PENDING' }, fetchPolicy: 'cache-and-network' });
export const useDecideClaim = () => useMutation(DecideOrganisationClaimDocument);
