/** French, the product's first language. English mirrors these keys (checked by the type of `en`). */
export const fr = {
  app: {
    name: 'Mouvement',
    tagline: "Le réseau collaboratif de l'économie sociale et solidaire",
    skipToContent: 'Aller au contenu',
    mainNav: 'Navigation principale',
    language: 'Langue',
    switchTo: 'English',
    switchToLabel: 'Switch to English',
    loading: 'Chargement…',
    error: 'Une erreur est survenue.',
    retry: 'Réessayer',
  },
  nav: {
    home: 'Accueil',
    members: 'Membres',
    organisations: 'Organisations',
    signIn: 'Se connecter',
    signUp: "S'inscrire",
    profile: 'Mon profil',
    signOut: 'Se déconnecter',
  },
  footer: {
    legal: 'Mentions légales',
    privacy: 'Confidentialité',
    accessibility: 'Accessibilité : partiellement conforme',
    about: "Mouvement est un logiciel libre au service des collectifs de l'ESS.",
  },
  home: {
    title: 'Faire mouvement',
    lead: "Une autre économie, respectueuse de l'humain et de l'environnement, est possible. Entrepreneurs sociaux, partenaires, jeunes : rejoignez le collectif de votre région.",
    pillars: {
      title: 'Ce que nous faisons ensemble',
      practices: {
        title: 'Partager les bonnes pratiques',
        text: 'Ce qui marche ici peut essaimer ailleurs : des fiches pratiques ouvertes à toutes et tous.',
      },
      alliances: {
        title: 'Nouer des alliances',
        text: 'Entreprises classiques et entreprises sociales construisent des coopérations concrètes.',
      },
      projects: {
        title: 'Co-construire des projets de territoire',
        text: 'Énergie, environnement, services aux personnes, emploi : des solutions aux enjeux régionaux.',
      },
      proof: {
        title: 'Parler le langage de la preuve',
        text: 'Des indicateurs sociaux, environnementaux et démocratiques pour montrer nos impacts.',
      },
    },
    figures: 'Le mouvement en chiffres',
    regions: 'régions',
    departments: 'départements',
    members: 'membres',
    organisations: 'organisations',
    regionsTitle: 'Les régions du mouvement',
    joinCta: 'Rejoindre le mouvement',
  },
  legal: {
    title: 'Mentions légales',
    privacyTitle: 'Politique de confidentialité',
    accessibilityTitle: "Déclaration d'accessibilité",
  },
  notFound: {
    title: 'Page introuvable',
    text: "Cette page n'existe pas ou a été déplacée.",
    back: "Retour à l'accueil",
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof fr>;
