// The Mantine theme: calm, legible, WCAG-contrast colours, body text never below 16 px.
import {
  Badge, createTheme, darken, InputWrapper, localStorageColorSchemeManager, type CSSVariablesResolver, type MantineThemeOverride,
} from '@mantine/core';

export const FONT_STACK = "'Be Vietnam Pro', 'Segoe UI', 'Noto Sans', Arial, sans-serif";

export const theme: MantineThemeOverride = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white text on filled buttons above 4.5:1; autoContrast covers light fills.
  primaryShade: { light: 8, dark: 8 },
  autoContrast: true,
  fontFamily: FONT_STACK,
  headings: {
    fontFamily: FONT_STACK,
    fontWeight: '700',
    sizes: {
      h1: { fontSize: '1.75rem', lineHeight: '1.3' },
      h2: { fontSize: '1.375rem', lineHeight: '1.35' },
      h3: { fontSize: '1.1875rem', lineHeight: '1.4' },
    },
  },
  // 'sm' is what most inputs, buttons and tables use: keep it at 16 px.
  fontSizes: { xs: '0.875rem', sm: '1rem', md: '1rem', lg: '1.125rem', xl: '1.3125rem' },
  lineHeights: { xs: '1.45', sm: '1.5', md: '1.55', lg: '1.55', xl: '1.6' },
  defaultRadius: 'md',
  focusRing: 'auto',
  components: {
    // Field hints and error messages stay readable (Mantine draws them 2 px under the input text).
    InputWrapper: InputWrapper.extend({
      vars: () => ({
        label: {},
        error: { '--input-error-size': '1rem' },
        success: {},
        description: { '--input-description-size': '0.9375rem' },
      }),
    }),
    Badge: Badge.extend({
      defaultProps: { size: 'lg', radius: 'sm' },
      // Never shrink to an ellipsis: a status must be read in full.
      styles: { root: { textTransform: 'none', fontWeight: 600, flexShrink: 0, minWidth: 'max-content' } },
      // Mantine's badge text is 11–13 px; ours stays readable at a meeting table.
      vars: (_theme, props) =>
        props.size === 'md'
          ? { root: { '--badge-fz': '0.875rem', '--badge-height': '1.5rem' } }
          : { root: { '--badge-fz': '0.9375rem', '--badge-height': '1.75rem', '--badge-padding-x': '0.625rem' } },
    }),
  },
});

/** The colour scheme (light / dark) is remembered in localStorage under this key. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'tusoi-color-scheme' });

/**
 * WCAG AA for the colours Mantine leaves at ~3:1 by default: dimmed text, error text, and the text
 * of "light" variants (badges, alerts, active nav links) on their tinted backgrounds.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-error': t.colors.red[8],
    '--mantine-color-placeholder': t.colors.gray[6],
  };
  for (const name of Object.keys(t.colors)) {
    light[`--mantine-color-${name}-light-color`] = darken(t.colors[name][9], name === 'yellow' || name === 'orange' ? 0.45 : 0.2);
    light[`--mantine-color-${name}-text`] = darken(t.colors[name][9], name === 'yellow' || name === 'orange' ? 0.35 : 0.1);
  }
  return {
    variables: {},
    light,
    dark: {
      '--mantine-color-dimmed': t.colors.dark[1],
      '--mantine-color-placeholder': t.colors.dark[2],
    },
  };
};
