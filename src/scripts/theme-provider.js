// Starlight's theme provider as a file: see src/components/starlight/ThemeProvider.astro.
// Shipped as written (not minified): keep the comments short.
(() => {
  /** @type {string | null} */
  let stored = null;
  try {
    stored = localStorage.getItem('starlight-theme');
  } catch {
    // Storage blocked: the system's setting decides.
  }
  const theme = stored || (matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark');
  document.documentElement.dataset['theme'] = theme === 'light' ? 'light' : 'dark';

  // Starlight's icon for each choice, drawn in CSS (src/integrations/css-icons.ts).
  const icons = new Map([
    ['light', 'sun'],
    ['dark', 'moon'],
    ['auto', 'laptop'],
  ]);

  window.StarlightThemeProvider = {
    updatePickers(picked = stored || 'auto') {
      for (const picker of document.querySelectorAll('starlight-theme-select')) {
        const select = picker.querySelector('select');
        if (select) select.value = picked;
        const icon = picker.querySelector('svg.label-icon');
        const name = icons.get(picked);
        if (icon && name) icon.setAttribute('data-icon', name);
      }
    },
  };
})();
