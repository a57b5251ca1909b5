// The search trigger: the header's Search button and Ctrl K / ⌘K open the dialog at once; the search interface
// (./search-ui.ts) loads then. Part of the one script every page loads (src/layouts/BaseLayout.astro).
import { hasHighlightTerms, isSearchShortcut, shortcutFor } from '../../lib/search/shortcut';

class SiteSearch extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const dialog = this.querySelector('dialog');
    if (!button || !dialog) return;
    const shortcut = shortcutFor(navigator.platform);
    button.setAttribute('aria-keyshortcuts', shortcut.aria);
    const keys = button.querySelector('kbd');
    if (keys) keys.textContent = shortcut.label;

    const input = dialog.querySelector('input');
    // Where focus was when the dialog opened (the button, or wherever the reader was when they pressed Ctrl K):
    // it goes back there when the dialog closes.
    let returnTo: HTMLElement = button;
    // The dialog opens at once, so keys typed while the interface loads land in the box, not nowhere.
    const open = () => {
      if (!dialog.open) {
        returnTo = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : button;
        dialog.showModal();
      }
      input?.focus();
      input?.select();
      void import('./search-ui').then((ui) => ui.connectSearchDialog(dialog));
    };
    dialog.addEventListener('close', () => (returnTo.isConnected ? returnTo : button).focus());
    button.addEventListener('click', open);
    document.addEventListener('keydown', (event) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault(); // browsers bind Ctrl+K to their own search box
      open();
    });
  }
}

customElements.define('site-search', SiteSearch);

if (hasHighlightTerms(location.search)) {
  void import('./search-highlight').then((module) => module.highlightSearchTerms());
}
