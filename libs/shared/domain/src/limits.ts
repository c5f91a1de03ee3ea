/** Bounds shared by the API's validation and the web app's forms. */
export const LIMITS = {
  pageSizeMax: 100,
  pageSizeDefault: 20,
  emailMax: 254,
  passwordMin: 10,
  passwordMax: 200,
  displayNameMin: 2,
  displayNameMax: 80,
  bioMax: 2000,
  skillsMax: 20,
  skillMax: 40,
  themesMax: 13,
  searchMax: 100,
  organisationNameMin: 2,
  organisationNameMax: 120,
  descriptionMax: 5000,
  legalFormMax: 80,
  /** A web address, as written and once normalised (visio links run long). */
  urlMax: 500,
  justificationMin: 20,
  justificationMax: 1000,
  /** Days someone whose claim on an organisation was refused waits before claiming it again. */
  claimRetryDays: 30,
  messageMax: 1000,
  headcountMax: 1_000_000,
  minimumAge: 15,
} as const;
