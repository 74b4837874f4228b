/**
 * The icons drawn in CSS (src/integrations/css-icons.ts builds their stylesheet; the
 * component src/components/starlight/Icon.astro refuses any other). Its own module, so
 * that the component does not bring the integration's Node code into the pages' bundle.
 */

/** The icons the site shows, by Starlight's names. Another icon stops the build (Icon.astro). */
export const CSS_ICONS = [
  // Header and phone menu.
  'bars',
  'close',
  'magnifier',
  // Theme select: its own icon, and the choice it shows (src/scripts/theme-provider.js).
  'down-caret',
  'laptop',
  'sun',
  'moon',
  // Sidebar groups and the phone table of contents.
  'right-caret',
  // Page footer: edit link, previous and next page.
  'pencil',
  'left-arrow',
  'right-arrow',
  // Asides (src/components/IndicatorDetails.astro): note and caution.
  'information',
  'warning',
] as const;

/** The sizes Starlight's components give icons; 1em is the default. */
export const CSS_ICON_SIZES = ['1em', '1rem', '1.2em', '1.25rem', '1.5rem'] as const;

/** The stylesheet's module id, as the component imports it. */
export const ICONS_CSS_MODULE = 'virtual:onderwijsmonitor/icons.css';
