/** Imported by each part of the page loaded on demand: adds that part's words (dict-on-demand.ts) to the dictionary. */
import { addWords } from './dict';
import { WORDS_ON_DEMAND } from './dict-on-demand';

addWords(WORDS_ON_DEMAND);
