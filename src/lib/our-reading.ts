// The label that marks the site's own reading or advice, shared by guide pages, tool pages and tests.

export type OurReadingKind = 'reading' | 'advice';

/** Where the label is explained. */
export const OUR_READING_HREF = '/about/#our-reading';

/** The visible label: "Our reading:" or "Our advice:". */
export const ourReadingLabel = (kind: OurReadingKind): string => (kind === 'advice' ? 'Our advice:' : 'Our reading:');
