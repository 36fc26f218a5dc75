// A static single page: prerendered shell, everything else happens in the browser.
export const prerender = true;
export const ssr = false;
