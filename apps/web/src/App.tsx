import { Anchor } from '@mantine/core';
import {
  AccountMenu,
  ForgotPasswordPage,
  ProfilePage,
  ResetPasswordPage,
  SignInPage,
  SignUpPage,
  VerifyEmailPage,
} from '@mouvement/web-accounts';
import {
  CreateGroupPage,
  EventPage,
  GroupDashboardPage,
  GroupDirectoryPage,
  GroupPage,
  GroupSettingsPage,
  InvitationPage,
  ModerationPage,
  MyEventsPage,
} from '@mouvement/web-groups';
import { MemberDirectoryPage } from '@mouvement/web-members';
import { ImportCahierPage, MyPracticesPage, PracticeEditorPage, PracticeLibraryPage, PracticePage } from '@mouvement/web-practices';
import {
  ClaimsAdminPage,
  CreateOrganisationPage,
  EditOrganisationPage,
  OrganisationDirectoryPage,
  OrganisationPage,
} from '@mouvement/web-organisations';
import { AccessibilityPage, HomePage, LegalNoticePage, NotFoundPage, PrivacyPage } from '@mouvement/web-site';
import { Layout, type NavItem } from '@mouvement/web-ui';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import { useSession } from '@mouvement/web-data-access';

/** Routes in French, the product's first language. */
export function App() {
  const { t, i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  const session = useSession();
  const nav: NavItem[] = [
    { to: '/groupes', label: t('nav.groups') },
    { to: '/pratiques', label: t('nav.practices') },
    { to: '/organisations', label: t('nav.organisations') },
    { to: '/membres', label: t('nav.members') },
    ...(session.status === 'signedIn' ? [{ to: '/mes-evenements', label: t('nav.agenda') }] : []),
    ...(session.account?.role === 'ADMIN'
      ? [
          { to: '/admin/revendications', label: t('nav.claims') },
          { to: '/admin/moderation', label: t('nav.moderation') },
        ]
      : []),
  ];
  const footerLinks: NavItem[] = [
    { to: '/mentions-legales', label: t('footer.legal') },
    { to: '/confidentialite', label: t('footer.privacy') },
    { to: '/accessibilite', label: t('footer.accessibility') },
  ];
  return (
    <Layout
      appName={t('app.name')}
      tagline={t('app.tagline')}
      skipLabel={t('app.skipToContent')}
      navLabel={t('app.mainNav')}
      closeLabel={t('app.closeMenu')}
      nav={nav}
      account={<AccountMenu />}
      languageSwitch={{
        label: t('app.switchTo'),
        ariaLabel: t('app.switchToLabel'),
        lang: english ? 'fr' : 'en',
        onSwitch: () => void i18n.changeLanguage(english ? 'fr' : 'en'),
      }}
      footerLinks={footerLinks}
      footerText={t('footer.about')}
      renderLink={({ to, label, className, onClick }) => (
        <Anchor component={NavLink} to={to} className={className} onClick={onClick} underline="hover" end>
          {label}
        </Anchor>
      )}
    >
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/inscription" element={<SignUpPage />} />
        <Route path="/connexion" element={<SignInPage />} />
        <Route path="/verifier-email" element={<VerifyEmailPage />} />
        <Route path="/mot-de-passe-oublie" element={<ForgotPasswordPage />} />
        <Route path="/nouveau-mot-de-passe" element={<ResetPasswordPage />} />
        <Route path="/profil" element={<ProfilePage />} />
        <Route path="/groupes" element={<GroupDirectoryPage />} />
        <Route path="/groupes/nouveau" element={<CreateGroupPage />} />
        <Route path="/groupes/:slug" element={<GroupPage />} />
        <Route path="/groupes/:slug/tableau-de-bord" element={<GroupDashboardPage />} />
        <Route path="/groupes/:slug/parametres" element={<GroupSettingsPage />} />
        <Route path="/invitations/:token" element={<InvitationPage />} />
        <Route path="/mes-evenements" element={<MyEventsPage />} />
        <Route path="/evenements/:id" element={<EventPage />} />
        <Route path="/pratiques" element={<PracticeLibraryPage />} />
        <Route path="/pratiques/nouvelle" element={<PracticeEditorPage />} />
        <Route path="/pratiques/importer" element={<ImportCahierPage />} />
        <Route path="/pratiques/:slug" element={<PracticePage />} />
        <Route path="/pratiques/:slug/modifier" element={<PracticeEditorPage />} />
        <Route path="/mes-pratiques" element={<MyPracticesPage />} />
        <Route path="/organisations" element={<OrganisationDirectoryPage />} />
        <Route path="/organisations/nouvelle" element={<CreateOrganisationPage />} />
        <Route path="/organisations/:slug" element={<OrganisationPage />} />
        <Route path="/organisations/:slug/modifier" element={<EditOrganisationPage />} />
        <Route path="/membres" element={<MemberDirectoryPage />} />
        <Route path="/admin/revendications" element={<ClaimsAdminPage />} />
        <Route path="/admin/moderation" element={<ModerationPage />} />
        <Route path="/mentions-legales" element={<LegalNoticePage />} />
        <Route path="/confidentialite" element={<PrivacyPage />} />
        <Route path="/accessibilite" element={<AccessibilityPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
