// html-validate settings for the built site. Each departure from the recommended rules says why.
export default {
  root: true,
  extends: ['html-validate:recommended'],
  elements: [
    'html5',
    {
      // Astro writes `<style>astro-island{display:contents}</style>` next to each island in <body>; browsers have
      // always honoured <style> there, and the markup is Astro's, not ours.
      style: { flow: true },
    },
  ],
  rules: {
    // Astro omits the slash on void elements and Preact's renderer writes `<input/>`; both are valid HTML.
    'void-style': 'off',
    // The search dialog is the ARIA combobox/listbox pattern (a native <select> cannot list rich, linked results).
    'prefer-native-element': ['error', { exclude: ['combobox', 'listbox', 'option'] }],
  },
};
