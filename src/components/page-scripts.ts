/**
 * Everything the site does with JavaScript, as one module for every page, started after the page's
 * first paint (PageScripts.astro). Each part acts only where its element is on the page; Chart.js
 * and Pagefind still load only when a chart nears the viewport or search opens.
 */
import { SCRIPTS_STARTED_ATTRIBUTE } from './after-paint.ts';
import './nav/chapter-contents.ts';
import './nav/back-to-top.ts';
import './nav/copy-link.ts';
import './search/site-search.ts';
import './search/search-page.ts';
import './charts/trend-chart.ts';
import { layOutLaterBlocks } from './later-layout.ts';

// Imports run first, in order: by here every part has started.
document.documentElement.setAttribute(SCRIPTS_STARTED_ATTRIBUTE, '');
void layOutLaterBlocks();
