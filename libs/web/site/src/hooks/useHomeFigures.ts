import { useQuery } from '@apollo/client/react';
import { HomeFiguresDocument, MovementFiguresDocument } from '@mouvement/web-data-access';

export function useHomeFigures() {
  return useQuery(HomeFiguresDocument);
}

export function useMovementFigures() {
  return useQuery(MovementFiguresDocument, { fetchPolicy: 'cache-and-network' });
}
