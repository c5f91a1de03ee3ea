export * from './pages/GroupDirectoryPage';
export * from './pages/GroupPage';
export * from './pages/InvitationPage';
export * from './pages/CreateGroupPage';
export * from './pages/MyEventsPage';
