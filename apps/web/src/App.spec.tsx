import { MantineProvider } from '@mantine/core';
import { MockedProvider } from '@apollo/client/testing/react';
import { HomeFiguresDocument, MovementFiguresDocument, SessionProvider, SessionStore } from '@mouvement/web-data-access';
import { createI18n } from '@mouvement/web-i18n';
import { theme } from '@mouvement/web-ui';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { App } from './App';

const regions = [
  {
    __typename: 'Region',
    code: '75',
    name: 'Nouvelle-Aquitaine',
    nameEn: 'Nouvelle-Aquitaine',
    overseas: false,
    tile: { __typename: 'MapTile', col: 1, row: 3 },
  },
  {
    __typename: 'Region',
    code: '53',
    name: 'Bretagne',
    nameEn: 'Brittany',
    overseas: false,
    tile: { __typename: 'MapTile', col: 0, row: 1 },
  },
];

function renderApp(path = '/') {
  localStorage.clear();
  const i18n = createI18n();
  void i18n.changeLanguage('fr');
  return render(
    <I18nextProvider i18n={i18n}>
      <SessionProvider store={new SessionStore()}>
        <MockedProvider
          mocks={[
            { request: { query: HomeFiguresDocument }, result: { data: { regions } } },
            {
              request: { query: MovementFiguresDocument },
              result: {
                data: {
                  movementFigures: {
                    __typename: 'MovementFigures',
                    members: 49,
                    organisations: 9,
                    socialEconomyOrganisations: 7,
                    regions: [
                      { __typename: 'RegionFigures', regionCode: '75', members: 40, organisations: 8 },
                      { __typename: 'RegionFigures', regionCode: '53', members: 9, organisations: 1 },
                    ],
                  },
                },
              },
            },
          ]}
        >
          <MantineProvider theme={theme}>
            <MemoryRouter initialEntries={[path]}>
              <App />
            </MemoryRouter>
          </MantineProvider>
        </MockedProvider>
      </SessionProvider>
    </I18nextProvider>,
  );
}

describe('App', () => {
  it('shows the home page in French with the regions and a data table beside the map', async () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Faire mouvement' })).toBeTruthy();
    expect(await screen.findByText('49')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Les régions du mouvement' })).toBeTruthy();
    const brittany = screen.getByRole('rowheader', { name: 'Bretagne' }).closest('tr') as HTMLElement;
    expect(brittany.textContent).toBe('Bretagne9');
  });

  it('switches to English in one click', async () => {
    renderApp();
    await screen.findByText('49');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Move together' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Brittany' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('links every page to the three legal notices', () => {
    renderApp('/mentions-legales');
    expect(screen.getByRole('heading', { level: 1, name: 'Mentions légales' })).toBeTruthy();
    for (const name of ['Mentions légales', 'Confidentialité', 'Accessibilité : partiellement conforme']) {
      expect(screen.getByRole('link', { name })).toBeTruthy();
    }
  });

  it('answers an unknown address with a page that leads home', () => {
    renderApp('/nulle-part');
    expect(screen.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeTruthy();
  });
});
