import { Burger, Button, Container, Drawer, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';

export interface NavItem {
  to: string;
  label: string;
}

export interface LayoutProps {
  appName: string;
  tagline: string;
  skipLabel: string;
  navLabel: string;
  /** The name of the button that closes the menu on a phone. */
  closeLabel: string;
  nav: NavItem[];
  /** Right side of the header: sign-in links or the account menu. */
  account?: ReactNode;
  languageSwitch: { label: string; ariaLabel: string; lang: string; onSwitch: () => void };
  footerLinks: NavItem[];
  footerText: string;
  renderLink: (item: NavItem & { className?: string; onClick?: () => void }) => ReactNode;
  children: ReactNode;
}

/** Header with navigation and language switch, main landmark, footer with the legally required links. */
export function Layout(props: LayoutProps) {
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <div className="layout">
      <a href="#main" className="skip-link">
        {props.skipLabel}
      </a>
      <header className="site-header">
        <Container size="xl" h="100%">
          <Group mih={52} justify="space-between" wrap="nowrap" gap="md">
            <Group gap="sm" wrap="nowrap">
              <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" aria-label={props.navLabel} aria-expanded={opened} />
              {props.renderLink({ to: '/', label: props.appName, className: 'brand' })}
            </Group>
            <Group component="nav" aria-label={props.navLabel} gap="md" visibleFrom="md">
              {props.nav.map((item) => (
                <span key={item.to}>{props.renderLink(item)}</span>
              ))}
            </Group>
            <Group gap="xs" wrap="nowrap" className="header-end">
              <Group gap="xs" wrap="nowrap" visibleFrom="md">
                {props.account}
              </Group>
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={props.languageSwitch.onSwitch}
                aria-label={props.languageSwitch.ariaLabel}
                lang={props.languageSwitch.lang}
              >
                {props.languageSwitch.label}
              </Button>
            </Group>
          </Group>
        </Container>
      </header>
      <Drawer
        opened={opened}
        onClose={close}
        title={props.appName}
        hiddenFrom="md"
        size="xs"
        closeButtonProps={{ 'aria-label': props.closeLabel }}
      >
        <Stack component="nav" aria-label={props.navLabel} gap="sm">
          {props.nav.map((item) => (
            <span key={item.to}>{props.renderLink({ ...item, onClick: close })}</span>
          ))}
        </Stack>
        <Stack gap="sm" mt="lg" onClick={close}>
          {props.account}
        </Stack>
      </Drawer>
      <main id="main" tabIndex={-1} className="site-main">
        {props.children}
      </main>
      <footer className="site-footer">
        <Container size="lg" py="lg">
          <Stack gap="xs">
            <Group component="ul" gap="lg" className="plain-list">
              {props.footerLinks.map((item) => (
                <li key={item.to}>{props.renderLink(item)}</li>
              ))}
            </Group>
            <Text size="sm" c="dimmed">
              {props.footerText}
            </Text>
            <VisuallyHidden>{props.tagline}</VisuallyHidden>
          </Stack>
        </Container>
      </footer>
    </div>
  );
}
