export * from './pages/GroupDirectoryPage';
export * from './pages/GroupPage';
export * from './pages/InvitationPage';
export * from './pages/CreateGroupPage';
export * from './pages/MyEventsPage';
export * from './pages/GroupDashboardPage';
export * from './pages/GroupSettingsPage';
export * from './pages/EventPage';
