import type { Messages } from './fr';

export const en: Messages = {
  app: {
    name: 'Mouvement',
    tagline: 'The collaborative network of the social and solidarity economy',
    skipToContent: 'Skip to content',
    mainNav: 'Main navigation',
    language: 'Language',
    switchTo: 'Français',
    switchToLabel: 'Passer en français',
    loading: 'Loading…',
    error: 'Something went wrong.',
    retry: 'Try again',
  },
  nav: {
    home: 'Home',
    members: 'Members',
    organisations: 'Organisations',
    signIn: 'Sign in',
    signUp: 'Sign up',
    profile: 'My profile',
    signOut: 'Sign out',
  },
  footer: {
    legal: 'Legal notice',
    privacy: 'Privacy',
    accessibility: 'Accessibility: partially compliant',
    about: 'Mouvement is free software serving social-economy collectives.',
  },
  home: {
    title: 'Move together',
    lead: 'Another economy, respectful of people and the environment, is possible. Social entrepreneurs, partners, young people: join the collective of your region.',
    pillars: {
      title: 'What we do together',
      practices: { title: 'Share what works', text: 'What works here can spread elsewhere: practice sheets open to all.' },
      alliances: { title: 'Build alliances', text: 'Classic and social enterprises build concrete cooperation.' },
      projects: {
        title: 'Co-build territorial projects',
        text: 'Energy, environment, personal services, employment: answers to regional challenges.',
      },
      proof: { title: 'Speak the language of proof', text: 'Social, environmental and democratic indicators to show our impact.' },
    },
    figures: 'The movement in figures',
    regions: 'regions',
    departments: 'departments',
    members: 'members',
    organisations: 'organisations',
    regionsTitle: 'Regions of the movement',
    joinCta: 'Join the movement',
  },
  legal: {
    title: 'Legal notice',
    privacyTitle: 'Privacy notice',
    accessibilityTitle: 'Accessibility statement',
  },
  notFound: {
    title: 'Page not found',
    text: 'This page does not exist or has moved.',
    back: 'Back to home',
  },
};
