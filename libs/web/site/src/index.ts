export * from './pages/HomePage';
export * from './pages/LegalPages';
export * from './pages/NotFoundPage';
