// <answers-filter>: on /answers/, shows one platform's answers (its cards, and its name where no source answers)
// and keeps the choice in the address (`?platform=mercor`), so the comparison and the work log can link to a
// platform's answers. Facts for every platform always show. Without JavaScript every card shows.
const PARAM = 'platform';

class AnswersFilterElement extends HTMLElement {
  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    const known = [...select.options].map((option) => option.value).filter(Boolean);
    const asked = new URLSearchParams(location.search).get(PARAM);
    const note = document.createElement('p');
    note.className = 'field__error';
    note.id = 'answers-platform-note';
    if (asked !== null && !known.includes(asked)) {
      note.textContent = 'The link names no platform this page covers, so every platform is shown.';
      select.setAttribute('aria-describedby', note.id);
      this.append(note);
    }
    select.value = asked !== null && known.includes(asked) ? asked : '';
    this.show(select.value);
    select.addEventListener('change', () => {
      note.remove();
      select.removeAttribute('aria-describedby');
      this.show(select.value);
      const url = new URL(location.href);
      if (select.value) url.searchParams.set(PARAM, select.value);
      else url.searchParams.delete(PARAM);
      history.replaceState(history.state, '', url);
    });
  }

  /** Shows the cards of one platform and, where no source answers for it, a line saying so (`''`: every platform). */
  private show(platform: string): void {
    for (const element of document.querySelectorAll<HTMLElement>('main [data-platform]')) {
      const own = element.dataset.platform === platform;
      element.hidden = element.classList.contains('answer-none') ? !own : platform !== '' && !own;
    }
    for (const line of document.querySelectorAll<HTMLElement>('main [data-every-platform]')) line.hidden = platform !== '';
  }
}

customElements.define('answers-filter', AnswersFilterElement);
