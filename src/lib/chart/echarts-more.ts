/** The ECharts parts the screen loads on demand (see echarts-screen.ts): tooltips, the graphic component, the SVG renderer. */
import * as echarts from 'echarts/core';
import { GraphicComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([GraphicComponent, TooltipComponent, SVGRenderer]);
