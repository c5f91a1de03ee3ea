export * from './pages/MemberDirectoryPage';
