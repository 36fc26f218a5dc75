/**
 * ECharts' SVG string writes the font stack into a double-quoted style
 * attribute with its own double quotes (style="font-family:"Microsoft YaHei", …"),
 * which is not well-formed XML: resvg, browsers opening the file and editors
 * reject it. Single quotes inside the attribute are equivalent CSS. Pure.
 */
import { FONT_FAMILY } from '../chart/format';

export function wellFormedSvg(svg: string): string {
	const single = FONT_FAMILY.replace(/"/g, "'");
	return svg.split(FONT_FAMILY).join(single);
}
