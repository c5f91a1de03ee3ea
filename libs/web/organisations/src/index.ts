export * from './components/DirectoryFilters';
export * from './pages/ClaimsAdminPage';
export * from './pages/OrganisationDirectoryPage';
export * from './pages/OrganisationFormPage';
export * from './pages/OrganisationPage';
