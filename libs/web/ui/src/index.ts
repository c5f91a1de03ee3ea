export * from './Layout';
export * from './RegionTileMap';
export * from './theme';
export * from './usePageTitle';
