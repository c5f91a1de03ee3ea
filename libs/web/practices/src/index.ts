export * from './pages/ImportCahierPage';
export * from './pages/MyPracticesPage';
export * from './pages/PracticeEditorPage';
export * from './pages/PracticeLibraryPage';
export * from './pages/PracticePage';
