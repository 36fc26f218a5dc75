/**
 * Every ECharts part the app uses, registered at once: for Node (the CLI's
 * report renders SVG with ECharts SSR) and tests. The browser starts with the
 * screen's parts (echarts-screen.ts) and loads the rest on demand.
 */
import './echarts-more';

export { echarts, type EChartsInstance } from './echarts-screen';
