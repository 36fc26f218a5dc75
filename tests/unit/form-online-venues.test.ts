/**
 * Parts other offices write their own way, read in a filled 进展情况 cell (the forms' reader, readProgress):
 * - online before what is done online (在线视频访谈 = 网络视频访谈, 在线辅导), while a 网络直播平台 is a platform invited to
 *   report, not a broadcast held — and a bare 网络直播 under the consultation day is that day's, or none, never the
 *   anchors' interviews;
 * - a hall of popular science (应急科普馆, 安全教育馆) is an experience venue, a 警示教育馆 a warning exhibition;
 * - a virtual tour (VR, 360°, 全景) is the venue's 360 tour; 宣传作品 are 宣传产品.
 */
import { describe, expect, it } from 'vitest';
import { readProgress } from '../../src/lib/shapes/form/progress';

/** Each number read from the cell, and the metric it was mapped to (null: unmapped). */
const read = (cell: string, section: string) =>
	Object.fromEntries(readProgress(cell, section, '').items.filter((i) => i.kind === 'number').map((i) => [(i as { value: number }).value, i.match?.metricId ?? null]));

describe('online, venues, virtual tours and products, however worded', () => {
	it.each<[string, string, Record<number, string | null>]>([
		['云课堂', '开展在线视频访谈（3）场，远程在线辅导（5）场次', { 3: 'cloud.interviews', 5: 'cloud.tutoring_sessions' }],
		['“安全生产大家谈”云课堂', '组织线上视频访谈（2）场', { 2: 'cloud.interviews' }],
		['安全宣传咨询日', '开展网络直播（4）场，在线观看（3000）人次', { 4: 'consult.online_events', 3000: 'consult.online_participants' }],
		['“6·16”咨询日', '邀请网络直播平台开展“主播走一线”专访（2）场', { 2: 'consult.anchor_reports' }],
		// A bare broadcast under the consultation day: its online events or none — never the anchors' interviews.
		['“6·16”咨询日', '网络直播（6）场', { 6: null }],
		['安全宣传咨询日活动', '组织到应急科普馆参观体验（300）人次', { 300: 'consult.venue_participants' }],
		['咨询日', '组织职工走进安全教育馆（260）人次', { 260: 'consult.venue_participants' }],
		['警示教育', '组织参观警示教育馆（3）场，参观（120）人次', { 3: 'warning.exhibition_sessions', 120: 'warning.exhibition_participants' }],
		['安全宣传咨询日活动', '线上VR全景参观体验场馆（500）人次', { 500: 'consult.vr_tour_participants' }],
		['咨询日', '观看安全体验馆360°全景展示（80）人次', { 80: 'consult.vr_tour_participants' }],
		['五进活动', '编印制作宣传片、动漫等宣传作品（7）部', { 7: 'five.products' }]
	])('%s | %s', (section, cell, want) => expect(read(cell, section)).toEqual(want));
});
