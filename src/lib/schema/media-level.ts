/** A media level alone (省级（条）, 县级 under 宣传报道): that level's articles. */
import { contextActivity as headerActivity, detectActivity } from './candidates';
import { coreOf } from './label';
import { measureOf } from './measure';
import { partsOf } from './parts';

/** The article metric of each media level. */
const ARTICLES_OF_LEVEL: Record<string, string> = { central: 'publicity.central_articles', province: 'publicity.provincial_articles', local: 'publicity.local_articles' };
const LEVEL_ALONE = /^(?:中央|省|市县)(?:媒体)?$/;
const OF_MEDIA = /媒体|稿|报道|新闻/;

/**
 * A leaf that is a media level and nothing else (省级（条）, 县级, 省台（篇）), counted in articles or under a
 * header of media, and no other activity's: that level's articles — the only counts a level is said of.
 */
export function levelAlone(leaf: string, ctx: string): string | null {
	if (!LEVEL_ALONE.test(coreOf(leaf))) return null;
	const level = partsOf(leaf).ownQualifiers.level;
	if (level?.length !== 1 || !ARTICLES_OF_LEVEL[level[0]]) return null;
	const activity = headerActivity(ctx);
	// A header naming another activity by name (专项整治 | 省级) says whose; one only wording a count of another
	// (媒体报道, 组织媒体报道 — 专项整治's media reports) is a header of media.
	const named = detectActivity(ctx);
	if (named !== null && named !== 'publicity') return null;
	const unit = measureOf(leaf)?.unit;
	const articles = unit === undefined ? activity === 'publicity' || OF_MEDIA.test(ctx) : unit === '篇' || unit === '条';
	return articles ? ARTICLES_OF_LEVEL[level[0]] : null;
}
