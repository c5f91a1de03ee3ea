export * from './pages/GroupDirectoryPage';
export * from './pages/GroupPage';
export * from './pages/InvitationPage';
