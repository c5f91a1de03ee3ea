export * from './Layout';
export * from './RegionTileMap';
export * from './theme';
export * from './usePageTitle';
export * from './charts/BarChartFigure';
