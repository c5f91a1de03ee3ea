import { Anchor, createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/** A deep green: the colour of the social and solidarity economy, dark enough for AA contrast on white. */
const mouvement: MantineColorsTuple = [
  '#e8f7f1',
  '#d2ece2',
  '#a5d8c4',
  '#74c3a4',
  '#4db189',
  '#35a678',
  '#25a06f',
  '#15603f',
  '#0f5236',
  '#05412a',
];

export const theme = createTheme({
  primaryColor: 'mouvement',
  primaryShade: { light: 7, dark: 4 },
  colors: { mouvement },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
  defaultRadius: 'md',
  focusRing: 'always',
  components: {
    // Links inside text must not rely on colour alone (WCAG 1.4.1).
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
  },
});

/** Mantine's dimmed grey and error red are below 4.5:1 on white; the RGAA asks for AA contrast. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#495057', '--mantine-color-placeholder': '#5c636a', '--mantine-color-error': '#b02525' },
  dark: {},
});
