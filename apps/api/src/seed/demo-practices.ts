import { SectionKind, Theme, type PracticeSectionValue } from '@mouvement/shared-domain';

export interface DemoPractice {
  slug: string;
  title: string;
  summary: string;
  themes: Theme[];
  region: string;
  department?: string;
  organisation?: string;
  group?: string;
  authors: string[];
  sections: PracticeSectionValue[];
  publishedDaysAgo: number;
}

const section = (kind: SectionKind, body: string): PracticeSectionValue => ({ kind, heading: null, body });

/**
 * The founding document's four testimonials, as practices of their organisations, with nothing but
 * what the document says of them; the MOUVES Aquitaine sheet itself is imported by the seed.
 */
export const TESTIMONIAL_PRACTICES: DemoPractice[] = [
  {
    slug: 'autocool-autopartage',
    title: 'Autocool, l’autopartage',
    summary:
      'L’outil d’autopartage Autocool offre de véritables plus-values environnementales, sociales (démocratise la mobilité) et économiques.',
    themes: [Theme.MOBILITY, Theme.ENVIRONMENT],
    region: '75',
    organisation: 'autocool',
    group: 'collectif-nouvelle-aquitaine',
    authors: ['admin@mouvement.demo'],
    sections: [
      section(
        SectionKind.TESTIMONIALS,
        '- l’outil d’autopartage Autocool offre de véritables plus-values environnementales, sociales (démocratise la mobilité) et économiques (création de valeurs et d’emplois).',
      ),
    ],
    publishedDaysAgo: 40,
  },
  {
    slug: 'envie-2-e-collecte-deee',
    title: 'Envie 2 E : collecte des équipements électriques et insertion',
    summary:
      'La collecte de déchets d’équipements électriques et électroniques allie insertion socio-professionnelle, protection de l’environnement et accès à l’électroménager à petits prix.',
    themes: [Theme.CIRCULAR_ECONOMY, Theme.EMPLOYMENT, Theme.ENVIRONMENT],
    region: '75',
    organisation: 'envie-2-e',
    authors: ['admin@mouvement.demo'],
    sections: [
      section(
        SectionKind.TESTIMONIALS,
        '- l’activité de collecte de déchets d’équipements électriques et électroniques Envie 2 E allie insertion socio-professionnelle, protection de l’environnement et accès à l’électroménager à petits prix.',
      ),
    ],
    publishedDaysAgo: 38,
  },
  {
    slug: 'coop-alpha-entrepreneur-salarie',
    title: 'Coop’alpha, entreprendre en étant salarié',
    summary: 'La coopérative d’activités et d’emploi Coop’alpha donne un statut d’entrepreneur salarié dans un cadre collectif.',
    themes: [Theme.EMPLOYMENT],
    region: '75',
    organisation: 'coop-alpha',
    authors: ['admin@mouvement.demo'],
    sections: [
      section(
        SectionKind.TESTIMONIALS,
        '- la coopérative d’activités et d’emploi Coop’alpha donne un statut d’entrepreneur salarié dans un cadre collectif.',
      ),
    ],
    publishedDaysAgo: 36,
  },
  {
    slug: 'zioum-agence-web-sans-apport',
    title: 'Zioum, un service Web sans apport personnel',
    summary: 'L’agence publicitaire Zioum propose un service Web sans apport personnel.',
    themes: [Theme.DIGITAL],
    region: '75',
    organisation: 'zioum',
    authors: ['admin@mouvement.demo'],
    sections: [section(SectionKind.TESTIMONIALS, '- l’agence publicitaire Zioum propose un service Web sans apport personnel.')],
    publishedDaysAgo: 34,
  },
];

const fictional = (
  slug: string,
  title: string,
  summary: string,
  themes: Theme[],
  region: string,
  author: string,
  publishedDaysAgo: number,
  presentation: string,
  replicate: string,
  extra: Partial<DemoPractice> = {},
): DemoPractice => ({
  slug,
  title: `${title} (démo)`,
  summary,
  themes,
  region,
  authors: [author],
  sections: [section(SectionKind.PRESENTATION, presentation), section(SectionKind.REPLICATION_CONDITIONS, replicate)],
  publishedDaysAgo,
  ...extra,
});

/** Clearly fictional practices over the themes and regions, overseas included, to make search and the map worth trying. */
export const FICTIONAL_PRACTICES: DemoPractice[] = [
  fictional(
    'centrale-solaire-citoyenne-ecoles',
    'Centrale solaire citoyenne sur les toits des écoles',
    'Des habitants financent ensemble des panneaux solaires sur les écoles de leur commune et partagent les revenus de l’énergie produite.',
    [Theme.ENERGY, Theme.ENVIRONMENT],
    '75',
    'entrepreneur2@mouvement.demo',
    30,
    'Une société coopérative réunit habitants, commune et entreprises locales pour installer des panneaux photovoltaïques sur les toits des écoles.',
    '- une commune prête à louer ses toitures\n- un premier cercle de 50 habitants souscripteurs\n- un accompagnement juridique pour la coopérative',
    { organisation: 'energies-citoyennes-du-bearn', department: '64', group: 'cercle-energie-environnement' },
  ),
  fictional(
    'recyclerie-de-quartier',
    'Recyclerie de quartier',
    'Collecter, réparer et revendre à petits prix les objets du quartier, avec des salariés en insertion.',
    [Theme.CIRCULAR_ECONOMY, Theme.EMPLOYMENT],
    '75',
    'entrepreneur3@mouvement.demo',
    26,
    'Un local de 300 m², des bénévoles et des salariés en parcours d’insertion donnent une seconde vie aux objets.',
    'Un local accessible, un partenariat avec la collecte des déchets de la métropole et un encadrant technique.',
    { organisation: 'atelier-solidaire-des-chartrons', department: '33' },
  ),
  fictional(
    'epicerie-solidaire-etudiante',
    'Épicerie solidaire étudiante',
    'Des produits frais et locaux à prix réduits pour les étudiants, tenus par des étudiants bénévoles.',
    [Theme.FOOD, Theme.EDUCATION],
    '76',
    'jeune2@mouvement.demo',
    22,
    'Une association étudiante s’approvisionne auprès de producteurs de la région et revend à prix coûtant.',
    'Un local prêté par l’université et des producteurs partenaires à moins de 50 km.',
  ),
  fictional(
    'garage-solidaire',
    'Garage solidaire',
    'Réparer les voitures à prix juste pour que les personnes à faibles revenus puissent aller travailler.',
    [Theme.MOBILITY, Theme.EMPLOYMENT],
    '44',
    'entrepreneur4@mouvement.demo',
    20,
    'Un garage associatif propose entretien et réparations, et loue des véhicules pour les entretiens d’embauche.',
    'Un mécanicien encadrant, un partenariat avec les services d’insertion et un atelier aux normes.',
  ),
  fictional(
    'tiers-lieu-numerique-rural',
    'Tiers-lieu numérique en milieu rural',
    'Un espace partagé pour travailler, se former au numérique et créer des activités au cœur d’un bourg.',
    [Theme.DIGITAL, Theme.EDUCATION],
    '53',
    'partenaire3@mouvement.demo',
    18,
    'Un ancien bâtiment communal devient espace de travail partagé, fablab et lieu de formation au numérique.',
    'Une commune partenaire, une connexion à très haut débit et une équipe d’animation d’au moins deux personnes.',
  ),
  fictional(
    'maraichage-insertion-reunion',
    'Maraîchage d’insertion et paniers solidaires',
    'Un chantier d’insertion cultive fruits et légumes péi et les distribue en paniers à prix solidaires.',
    [Theme.FOOD, Theme.EMPLOYMENT],
    '04',
    'entrepreneur5@mouvement.demo',
    16,
    'Sur deux hectares, des personnes éloignées de l’emploi se forment au maraîchage biologique.',
    'Des terres agricoles accessibles, un encadrant technique et un réseau de points de distribution.',
  ),
  fictional(
    'circuit-court-peche-martinique',
    'Circuit court de la pêche artisanale',
    'Une coopérative de pêcheurs vend directement aux cantines et aux habitants, à prix juste pour tous.',
    [Theme.FOOD, Theme.ENVIRONMENT],
    '02',
    'entrepreneur6@mouvement.demo',
    14,
    'Les pêcheurs mutualisent une chambre froide et une plateforme de commande en ligne.',
    'Une chambre froide partagée et des contrats avec la restauration collective.',
  ),
  fictional(
    'covoiturage-solidaire-guyane',
    'Covoiturage solidaire entre communes isolées',
    'Des conducteurs bénévoles et une plateforme simple relient les communes éloignées des services.',
    [Theme.MOBILITY],
    '03',
    'sympathisant2@mouvement.demo',
    12,
    'Une centrale de réservation par téléphone et par SMS met en relation conducteurs et passagers.',
    'Une assurance adaptée, un numéro de téléphone unique et des relais dans chaque commune.',
  ),
  fictional(
    'atelier-velo-participatif',
    'Atelier vélo participatif',
    'Apprendre à réparer son vélo soi-même avec des bénévoles, et remettre en état des vélos abandonnés.',
    [Theme.MOBILITY, Theme.CIRCULAR_ECONOMY],
    '11',
    'jeune3@mouvement.demo',
    10,
    'Un atelier ouvert trois soirs par semaine prête outils et conseils ; les vélos récupérés sont revendus à petit prix.',
    'Un local au rez-de-chaussée, des outils de base et un partenariat avec les bailleurs sociaux pour récupérer les vélos.',
  ),
  fictional(
    'habitat-intergenerationnel',
    'Habitat partagé intergénérationnel',
    'Des jeunes logés à petit loyer chez des personnes âgées, en échange de présence et de services.',
    [Theme.HOUSING, Theme.PERSONAL_SERVICES],
    '84',
    'partenaire4@mouvement.demo',
    8,
    'Une association met en relation, signe une convention et suit chaque binôme pendant toute la cohabitation.',
    'Une charte de cohabitation, un suivi régulier des binômes et des relais auprès des centres sociaux.',
  ),
  fictional(
    'cantine-bio-locale',
    'Cantine bio et locale à prix maîtrisé',
    'Une cuisine centrale passe au bio et au local sans augmenter le prix du repas, en luttant contre le gaspillage.',
    [Theme.FOOD, Theme.HEALTH],
    '52',
    'partenaire5@mouvement.demo',
    6,
    'La cuisine centrale réduit le gaspillage de 30 % et réinvestit les économies dans des produits locaux.',
    'Une équipe de cuisine formée, des producteurs regroupés et des menus adaptés aux saisons.',
  ),
  fictional(
    'finance-solidaire-locale',
    'Club d’épargne solidaire local',
    'Des habitants placent leur épargne dans les entreprises sociales de leur territoire.',
    [Theme.FINANCE],
    '93',
    'sympathisant4@mouvement.demo',
    4,
    'Un club d’investisseurs citoyens étudie les projets et prête ou entre au capital des entreprises sociales locales.',
    'Une vingtaine d’épargnants motivés et un accompagnement par un réseau de finance solidaire.',
  ),
];
