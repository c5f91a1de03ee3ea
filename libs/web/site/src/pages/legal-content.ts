/** The three notices French law asks every site for, written for this product, in both languages. */
export interface LegalSection {
  heading: string;
  paragraphs: string[];
}

type Doc = { fr: LegalSection[]; en: LegalSection[] };

export const LEGAL_NOTICE: Doc = {
  fr: [
    {
      heading: 'Éditeur',
      paragraphs: [
        "Ce site est une instance de Mouvement, le réseau collaboratif des collectifs régionaux de l'économie sociale et solidaire. Il est édité par l'association ou la structure qui anime le mouvement et dont le nom, l'adresse du siège, le numéro SIREN et le directeur ou la directrice de la publication figurent dans la configuration de l'instance.",
        "Pour toute question : utilisez l'adresse de contact indiquée par l'exploitant de l'instance.",
      ],
    },
    {
      heading: 'Hébergement',
      paragraphs: ["Le service est hébergé dans l'Union européenne par le prestataire choisi par l'exploitant de l'instance."],
    },
    {
      heading: 'Propriété intellectuelle',
      paragraphs: [
        'Le logiciel Mouvement est un logiciel libre. Les contenus publiés par les membres restent les leurs ; les fiches de bonnes pratiques publiées sont partagées sous licence Creative Commons BY-SA 4.0 sauf mention contraire, pour que ce qui marche puisse essaimer.',
      ],
    },
    {
      heading: 'Responsabilité',
      paragraphs: [
        "Les membres sont responsables des contenus qu'ils publient. Tout contenu illicite peut être signalé aux coordinateurs et coordinatrices, qui le masquent après examen.",
      ],
    },
  ],
  en: [
    {
      heading: 'Publisher',
      paragraphs: [
        "This site is an instance of Mouvement, the collaborative network of the regional collectives of the social and solidarity economy. It is published by the association or organisation that runs the movement; its name, registered address, SIREN number and publication director are set in the instance's configuration.",
        "For any question, use the contact address given by the instance's operator.",
      ],
    },
    { heading: 'Hosting', paragraphs: ["The service is hosted in the European Union by the provider chosen by the instance's operator."] },
    {
      heading: 'Intellectual property',
      paragraphs: [
        'Mouvement is free software. Content published by members remains theirs; published practice sheets are shared under the Creative Commons BY-SA 4.0 licence unless stated otherwise, so that what works can spread.',
      ],
    },
    {
      heading: 'Liability',
      paragraphs: [
        'Members are responsible for what they publish. Unlawful content can be reported to coordinators, who hide it after review.',
      ],
    },
  ],
};

export const PRIVACY_NOTICE: Doc = {
  fr: [
    {
      heading: 'Quelles données, pour quoi faire',
      paragraphs: [
        "Compte : adresse e-mail, nom affiché, mot de passe (stocké chiffré avec argon2id, jamais en clair), type de membre et région. Ces données servent à vous identifier et à vous rattacher au collectif de votre région (base légale : exécution du contrat d'adhésion au service).",
        "Profil : biographie, compétences, thèmes d'intérêt et département, que vous choisissez de rendre publics ou non. Par défaut, seuls votre nom et votre région sont visibles des autres membres. Votre adresse e-mail n'est jamais montrée aux autres membres.",
        'Organisations : les informations publiques des structures (nom, SIRET, agrément ESUS, thèmes, territoire) proviennent de leurs membres ou de sources publiques.',
      ],
    },
    {
      heading: 'Cookies',
      paragraphs: [
        "Un seul cookie, strictement nécessaire : il maintient votre session (jeton de renouvellement, httpOnly). Aucun cookie publicitaire ni de mesure d'audience : aucun consentement n'est donc demandé. Votre choix de langue est gardé dans votre navigateur.",
      ],
    },
    {
      heading: 'Durées de conservation',
      paragraphs: [
        'Les données de compte sont gardées tant que le compte est actif, puis supprimées trois ans après la dernière connexion. Les journaux techniques sont gardés un an au plus.',
      ],
    },
    {
      heading: 'Vos droits',
      paragraphs: [
        "Vous pouvez accéder à vos données, les rectifier, les effacer, vous opposer à leur traitement et demander leur portabilité (RGPD, articles 15 à 21) en écrivant à l'exploitant de l'instance. Vous pouvez aussi adresser une réclamation à la CNIL (www.cnil.fr).",
        "Les membres de moins de 15 ans ont besoin de l'accord d'un parent.",
      ],
    },
  ],
  en: [
    {
      heading: 'What data, and why',
      paragraphs: [
        'Account: email address, display name, password (stored hashed with argon2id, never in clear), member kind and region. They identify you and link you to the collective of your region (legal basis: performance of the service agreement).',
        'Profile: bio, skills, themes of interest and department, which you choose to make public or not. By default only your name and region are visible to other members. Your email address is never shown to other members.',
        "Organisations: organisations' public information (name, SIRET, ESUS approval, themes, territory) comes from their members or public sources.",
      ],
    },
    {
      heading: 'Cookies',
      paragraphs: [
        'A single, strictly necessary cookie keeps your session (refresh token, httpOnly). No advertising or audience-measurement cookie: no consent is therefore asked. Your language choice is kept in your browser.',
      ],
    },
    {
      heading: 'Retention',
      paragraphs: [
        'Account data is kept while the account is active, then deleted three years after the last sign-in. Technical logs are kept for one year at most.',
      ],
    },
    {
      heading: 'Your rights',
      paragraphs: [
        "You can access, correct and erase your data, object to its processing and ask for its portability (GDPR, articles 15 to 21) by writing to the instance's operator. You can also complain to the CNIL, the French data protection authority (www.cnil.fr).",
        'Members under 15 need the consent of a parent.',
      ],
    },
  ],
};

export const ACCESSIBILITY_STATEMENT: Doc = {
  fr: [
    {
      heading: 'État de conformité',
      paragraphs: [
        "L'exploitant de cette instance de Mouvement s'engage à rendre son service accessible conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005. Le site est partiellement conforme au référentiel général d'amélioration de l'accessibilité (RGAA 4.1) : aucun audit complet n'a encore été réalisé.",
      ],
    },
    {
      heading: 'Comment nous vérifions',
      paragraphs: [
        'Chaque page est parcourue automatiquement dans Chromium et vérifiée avec axe-core (WCAG 2.1 niveau AA) à chaque modification du logiciel ; les parcours principaux se font au clavier seul ; chaque carte et chaque graphique est accompagné d’un tableau de données.',
      ],
    },
    {
      heading: 'Retour et contact',
      paragraphs: [
        "Si vous n'arrivez pas à accéder à un contenu ou à un service, contactez l'exploitant de l'instance pour être orienté·e vers une alternative accessible ou obtenir le contenu sous une autre forme.",
      ],
    },
    {
      heading: 'Voies de recours',
      paragraphs: [
        "Si vous avez signalé un défaut d'accessibilité sans obtenir de réponse satisfaisante, vous pouvez écrire au Défenseur des droits (www.defenseurdesdroits.fr) ou lui écrire gratuitement : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.",
      ],
    },
  ],
  en: [
    {
      heading: 'Compliance status',
      paragraphs: [
        'The operator of this Mouvement instance commits to making its service accessible under article 47 of French law 2005-102 of 11 February 2005. The site is partially compliant with the French accessibility framework (RGAA 4.1): no full audit has been carried out yet.',
      ],
    },
    {
      heading: 'How we check',
      paragraphs: [
        'Every page is walked through automatically in Chromium and checked with axe-core (WCAG 2.1 level AA) on every change of the software; the main flows work with the keyboard alone; every map and chart comes with a data table.',
      ],
    },
    {
      heading: 'Feedback and contact',
      paragraphs: [
        "If you cannot access some content or service, contact the instance's operator to be directed to an accessible alternative or to get the content in another form.",
      ],
    },
    {
      heading: 'Remedies',
      paragraphs: [
        'If you reported an accessibility problem without a satisfactory answer, you can write to the Défenseur des droits (www.defenseurdesdroits.fr), free of charge: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.',
      ],
    },
  ],
};
