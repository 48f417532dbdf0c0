/** What a chapter page renders its MDX headings with: each heading gets a link to itself. */
import Heading2 from './Heading2.astro';
import Heading3 from './Heading3.astro';

export const headingComponents = { h2: Heading2, h3: Heading3 };
