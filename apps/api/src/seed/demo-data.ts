import { GroupKind, GroupVisibility, JoinPolicy, MemberKind, OrganisationKind, ProfileField, Theme } from '@mouvement/shared-domain';

/** The password of every demo account (printed at start and written in the README). */
export const DEMO_PASSWORD = 'faire-mouvement';

export interface DemoPerson {
  email: string;
  name: string;
  kind: MemberKind;
  region: string;
  department: string | null;
  bio?: string;
  skills?: string[];
  themes?: Theme[];
  publicFields?: ProfileField[];
  admin?: boolean;
}

const FIRST = ['Camille', 'Louis', 'Inès', 'Hugo', 'Léa', 'Nathan', 'Chloé', 'Yanis', 'Manon', 'Théo', 'Sarah', 'Malik'];
const LAST = ['Martin', 'Bernard', 'Dubois', 'Moreau', 'Laurent', 'Garcia', 'Roux', 'Fournier', 'Girard', 'Mercier', 'Diallo', 'Nguyen'];
/** Nouvelle-Aquitaine first (the founding document comes from its collective), then three more regions. */
const PLACES: [string, string][] = [
  ['75', '33'],
  ['75', '64'],
  ['75', '87'],
  ['75', '17'],
  ['75', '24'],
  ['75', '33'],
  ['76', '31'],
  ['76', '34'],
  ['53', '35'],
  ['53', '29'],
  ['84', '69'],
  ['84', '38'],
];
const PROFILE: Record<MemberKind, { skills: string[]; themes: Theme[]; bio: string }> = {
  SOCIAL_ENTREPRENEUR: {
    skills: ['gouvernance coopérative', 'insertion', 'modèle économique'],
    themes: [Theme.EMPLOYMENT, Theme.CIRCULAR_ECONOMY],
    bio: "Entrepreneur·e social·e, je développe une activité d'utilité sociale sur mon territoire.",
  },
  PARTNER: {
    skills: ['achats responsables', 'mécénat de compétences', 'RSE'],
    themes: [Theme.ENERGY, Theme.FINANCE],
    bio: 'Partenaire du mouvement, je cherche des alliances entre entreprises classiques et entreprises sociales.',
  },
  YOUTH: {
    skills: ['communication numérique', 'animation', 'vidéo'],
    themes: [Theme.ENVIRONMENT, Theme.CULTURE],
    bio: "Jeune porteur·se de projet, l'esprit d'entreprendre dans des activités socialement utiles.",
  },
  SUPPORTER: {
    skills: ['bénévolat', 'comptabilité', 'mobilisation citoyenne'],
    themes: [Theme.FOOD, Theme.HOUSING],
    bio: 'Sympathisant·e, convaincu·e que l’entrepreneuriat social développe les territoires.',
  },
};
const KIND_SLUG: Record<MemberKind, string> = {
  SOCIAL_ENTREPRENEUR: 'entrepreneur',
  PARTNER: 'partenaire',
  YOUTH: 'jeune',
  SUPPORTER: 'sympathisant',
};

/** An admin and a dozen members of each kind; every third keeps their profile private. */
export function demoPeople(): DemoPerson[] {
  const people: DemoPerson[] = [
    {
      email: 'admin@mouvement.demo',
      name: 'Coordination Mouvement',
      kind: MemberKind.SUPPORTER,
      region: '75',
      department: '33',
      admin: true,
      bio: "Équipe d'animation de la plateforme.",
      publicFields: [ProfileField.BIO],
    },
  ];
  Object.values(MemberKind).forEach((kind, k) => {
    for (let i = 0; i < 12; i++) {
      const [region, department] = PLACES[i] as [string, string];
      const profile = PROFILE[kind];
      people.push({
        email: `${KIND_SLUG[kind]}${i + 1}@mouvement.demo`,
        name: `${FIRST[(i + k * 3) % 12]} ${LAST[(i * 5 + k) % 12]}`,
        kind,
        region,
        department,
        bio: profile.bio,
        skills: profile.skills.slice(0, 1 + (i % 3)),
        themes: profile.themes,
        publicFields: i % 3 === 2 ? [] : [ProfileField.BIO, ProfileField.SKILLS, ProfileField.THEMES, ProfileField.DEPARTMENT],
      });
    }
  });
  return people;
}

export interface DemoOrganisation {
  slug: string;
  name: string;
  kind: OrganisationKind;
  region: string;
  department: string | null;
  themes: Theme[];
  description: string;
  legalForm?: string;
  esus?: boolean;
  headcount?: number;
  /** Email of the demo owner; none for the organisations of the founding document (left to be claimed). */
  owner?: string;
  members?: string[];
}

/**
 * The four organisations of the founding document's testimonials, described only with what the
 * document says of them and left without owner so that they can be claimed; then a few fictional
 * organisations run by demo members.
 */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    slug: 'autocool',
    name: 'Autocool',
    kind: OrganisationKind.SOCIAL_ENTERPRISE,
    region: '75',
    department: null,
    themes: [Theme.MOBILITY, Theme.ENVIRONMENT],
    description:
      "Outil d'autopartage qui offre de véritables plus-values environnementales, sociales (il démocratise la mobilité) et économiques (création de valeurs et d'emplois).",
  },
  {
    slug: 'envie-2-e',
    name: 'Envie 2 E',
    kind: OrganisationKind.SOCIAL_ENTERPRISE,
    region: '75',
    department: null,
    themes: [Theme.CIRCULAR_ECONOMY, Theme.EMPLOYMENT, Theme.ENVIRONMENT],
    description:
      "Collecte de déchets d'équipements électriques et électroniques qui allie insertion socio-professionnelle, protection de l'environnement et accès à l'électroménager à petits prix.",
  },
  {
    slug: 'coop-alpha',
    name: "Coop'alpha",
    kind: OrganisationKind.COOPERATIVE,
    region: '75',
    department: null,
    themes: [Theme.EMPLOYMENT],
    legalForm: "Coopérative d'activités et d'emploi",
    description: "Coopérative d'activités et d'emploi qui donne un statut d'entrepreneur salarié dans un cadre collectif.",
  },
  {
    slug: 'zioum',
    name: 'Zioum',
    kind: OrganisationKind.SOCIAL_ENTERPRISE,
    region: '75',
    department: null,
    themes: [Theme.DIGITAL],
    description: 'Agence publicitaire qui propose un service Web sans apport personnel.',
  },
  {
    slug: 'atelier-solidaire-des-chartrons',
    name: 'Atelier Solidaire des Chartrons (démo)',
    kind: OrganisationKind.ASSOCIATION,
    region: '75',
    department: '33',
    themes: [Theme.CIRCULAR_ECONOMY, Theme.EMPLOYMENT],
    legalForm: 'Association loi 1901',
    headcount: 12,
    description: 'Organisation fictive de démonstration : réparation de vélos et chantier d’insertion.',
    owner: 'entrepreneur1@mouvement.demo',
    members: ['sympathisant1@mouvement.demo', 'jeune1@mouvement.demo'],
  },
  {
    slug: 'energies-citoyennes-du-bearn',
    name: 'Énergies Citoyennes du Béarn (démo)',
    kind: OrganisationKind.COOPERATIVE,
    region: '75',
    department: '64',
    themes: [Theme.ENERGY, Theme.ENVIRONMENT],
    legalForm: 'SCIC',
    esus: true,
    headcount: 5,
    description: 'Organisation fictive de démonstration : production d’énergie renouvelable par et pour les habitants.',
    owner: 'entrepreneur2@mouvement.demo',
    members: ['partenaire2@mouvement.demo'],
  },
  {
    slug: 'groupe-garonne-industrie',
    name: 'Garonne Industrie (démo)',
    kind: OrganisationKind.CLASSIC_ENTERPRISE,
    region: '75',
    department: '33',
    themes: [Theme.ENERGY, Theme.EMPLOYMENT],
    legalForm: 'SAS',
    headcount: 240,
    description: 'Entreprise classique fictive de démonstration, en quête d’alliances avec des entreprises sociales.',
    owner: 'partenaire1@mouvement.demo',
  },
  {
    slug: 'incubateur-social-gironde',
    name: 'Incubateur Social Gironde (démo)',
    kind: OrganisationKind.INCUBATOR,
    region: '75',
    department: '33',
    themes: [Theme.EMPLOYMENT, Theme.FINANCE],
    description: 'Incubateur fictif de démonstration pour projets socialement innovants.',
    owner: 'partenaire3@mouvement.demo',
    members: ['jeune2@mouvement.demo'],
  },
  {
    slug: 'labo-economie-territoriale',
    name: 'Laboratoire d’Économie Territoriale (démo)',
    kind: OrganisationKind.RESEARCH_LAB,
    region: '76',
    department: '31',
    themes: [Theme.EDUCATION],
    description: 'Laboratoire fictif de démonstration : mesure d’impact social et indicateurs.',
    owner: 'partenaire7@mouvement.demo',
  },
];

export interface DemoGroup {
  slug: string;
  name: string;
  kind: GroupKind;
  parent?: string;
  region?: string;
  department?: string;
  themes: Theme[];
  description: string;
  charter?: string;
  joinQuestions?: string[];
  visibility: GroupVisibility;
  joinPolicy: JoinPolicy;
  coordinators: string[];
  members: string[];
  pending?: string[];
  /** Events, in days from now (negative for past ones). */
  events?: {
    title: string;
    inDays: number;
    hours: number;
    place: string;
    capacity?: number;
    description?: string;
    answers?: Partial<Record<'GOING' | 'MAYBE' | 'NOT_GOING', string[]>>;
  }[];
  /** Posts, oldest first (by default 9 days apart, the last one 9 days ago); an announcement's author must be a coordinator. */
  posts?: { author: string; body: string; daysAgo?: number; announcement?: boolean; replies?: { author: string; body: string }[] }[];
}

/** The movement's groups: the national movement, the Nouvelle-Aquitaine collective and two circles. */
export const DEMO_GROUPS: DemoGroup[] = [
  {
    slug: 'mouvement-national',
    name: 'Mouvement national',
    kind: GroupKind.NATIONAL,
    themes: [],
    description: 'Le mouvement des entrepreneurs sociaux et de leurs partenaires, décliné en collectifs régionaux.',
    visibility: GroupVisibility.PUBLIC,
    joinPolicy: JoinPolicy.OPEN,
    coordinators: ['admin@mouvement.demo'],
    members: [],
  },
  {
    slug: 'collectif-nouvelle-aquitaine',
    name: 'Collectif Nouvelle-Aquitaine',
    kind: GroupKind.REGIONAL_COLLECTIVE,
    parent: 'mouvement-national',
    region: '75',
    themes: [Theme.EMPLOYMENT, Theme.ENERGY, Theme.CIRCULAR_ECONOMY],
    description:
      'Le collectif régional veut « faire mouvement » : multiplier les coopérations entre économie sociale, économie solidaire et entrepreneuriat social, et construire des alliances avec la société civile, les acteurs économiques et politiques.',
    charter: [
      '## Notre charte',
      '',
      '- Passer d’une logique institutionnelle à une logique de **mouvement**.',
      '- Convaincre par le **langage de la preuve** des pratiques et des impacts.',
      '- Construire une communauté **active et ouverte** d’acteurs de terrain.',
      '- Échanger des bonnes pratiques et construire des projets pour nos territoires.',
    ].join('\n'),
    joinQuestions: ['Quel est votre lien avec l’économie sociale et solidaire ?'],
    visibility: GroupVisibility.PUBLIC,
    joinPolicy: JoinPolicy.ON_REQUEST,
    coordinators: ['entrepreneur1@mouvement.demo', 'partenaire1@mouvement.demo'],
    members: [
      'entrepreneur2@mouvement.demo',
      'entrepreneur3@mouvement.demo',
      'jeune1@mouvement.demo',
      'jeune2@mouvement.demo',
      'sympathisant1@mouvement.demo',
      'partenaire2@mouvement.demo',
    ],
    pending: ['sympathisant3@mouvement.demo'],
    events: [
      {
        title: 'Assemblée régionale : alliances entreprises classiques / entreprises sociales',
        inDays: 12,
        hours: 3,
        place: 'Bordeaux, Darwin Écosystème',
        capacity: 60,
        description: 'Témoignages, ateliers en petits groupes et propositions à porter ensemble.',
      },
      {
        title: 'Rencontre des porteurs de projets',
        inDays: -20,
        hours: 2,
        place: 'Pau',
        capacity: 25,
        answers: {
          GOING: ['entrepreneur1@mouvement.demo', 'entrepreneur2@mouvement.demo', 'jeune1@mouvement.demo', 'jeune2@mouvement.demo'],
          MAYBE: ['partenaire2@mouvement.demo'],
          NOT_GOING: ['sympathisant1@mouvement.demo'],
        },
      },
      {
        title: 'Atelier « indicateurs d’impact »',
        inDays: -55,
        hours: 2,
        place: 'Bordeaux',
        capacity: 15,
        answers: {
          GOING: [
            'entrepreneur2@mouvement.demo',
            'entrepreneur3@mouvement.demo',
            'partenaire1@mouvement.demo',
            'partenaire2@mouvement.demo',
          ],
          NOT_GOING: ['jeune1@mouvement.demo'],
        },
      },
    ],
    posts: [
      {
        author: 'entrepreneur2@mouvement.demo',
        daysAgo: 52,
        body: 'Bonjour à toutes et à tous ! Qui travaille sur des **indicateurs d’impact** ? Nous cherchons à mesurer l’ancrage territorial de nos emplois.',
        replies: [
          {
            author: 'partenaire2@mouvement.demo',
            body: 'Nous utilisons la part d’achats locaux et les emplois en quartiers prioritaires. Je partage volontiers notre grille.',
          },
        ],
      },
      {
        author: 'jeune1@mouvement.demo',
        daysAgo: 24,
        body: 'Le cercle des jeunes entrepreneurs se réunit bientôt : venez présenter vos projets socialement utiles !',
      },
      {
        author: 'entrepreneur1@mouvement.demo',
        daysAgo: 4,
        announcement: true,
        body: '## Assemblée du collectif\n\nNotre prochaine assemblée régionale portera sur les **alliances entre entreprises classiques et entreprises sociales**. Ordre du jour et inscriptions à venir.',
      },
    ],
  },
  {
    slug: 'cercle-energie-environnement',
    name: 'Cercle Énergie et environnement',
    kind: GroupKind.THEMATIC_CIRCLE,
    parent: 'collectif-nouvelle-aquitaine',
    region: '75',
    themes: [Theme.ENERGY, Theme.ENVIRONMENT],
    description: 'Des solutions innovantes aux enjeux régionaux d’énergie et d’environnement.',
    visibility: GroupVisibility.PUBLIC,
    joinPolicy: JoinPolicy.ON_REQUEST,
    coordinators: ['entrepreneur2@mouvement.demo'],
    members: ['partenaire2@mouvement.demo', 'jeune3@mouvement.demo'],
    posts: [
      {
        author: 'entrepreneur2@mouvement.demo',
        daysAgo: 38,
        body: 'Premier tour de table du cercle : quels projets d’énergie citoyenne portez-vous sur vos territoires ?',
        replies: [
          { author: 'jeune3@mouvement.demo', body: 'Une centrale solaire sur les toits de notre lycée, avec une coopérative d’habitants.' },
        ],
      },
      {
        author: 'partenaire2@mouvement.demo',
        daysAgo: 11,
        body: 'Notre entreprise cherche des partenaires de l’ESS pour la collecte et le réemploi de matériel électrique.',
        replies: [
          { author: 'entrepreneur2@mouvement.demo', body: 'À voir avec les ateliers de réemploi du réseau : je vous mets en contact.' },
        ],
      },
    ],
  },
  {
    slug: 'cercle-jeunes-entrepreneurs',
    name: 'Cercle des jeunes entrepreneurs',
    kind: GroupKind.THEMATIC_CIRCLE,
    parent: 'collectif-nouvelle-aquitaine',
    region: '75',
    themes: [Theme.EMPLOYMENT, Theme.EDUCATION],
    description: 'L’esprit d’entreprendre dans des activités socialement utiles concerne particulièrement les jeunes.',
    visibility: GroupVisibility.MEMBERS_ONLY,
    joinPolicy: JoinPolicy.OPEN,
    coordinators: ['jeune1@mouvement.demo'],
    members: ['jeune2@mouvement.demo', 'jeune4@mouvement.demo', 'jeune5@mouvement.demo'],
  },
];
