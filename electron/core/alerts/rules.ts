import type {
  AlertTier,
  CategoryId,
  Post,
  RiskLevel,
  Spike,
  ThreadDerailing
} from '../../shared/domain'
import { levelRank, scoredText } from '../../shared/domain'
import type { AlertUpsert } from '../store/alerts-repo'

/** Lowest post level that opens an alert (laag only reaches the dashboard and the digest). */
export const ALERT_MIN_LEVEL = 'middel'

/**
 * The alert a scored post asks for, or null. One alert per thread or story: a comment counts toward its thread,
 * a post toward its story (cross-source duplicates share one).
 */
export function alertForPost(post: Post, rootPostId: number | null): AlertUpsert | null {
  const s = post.score
  if (!s || levelRank(s.level) < levelRank(ALERT_MIN_LEVEL)) return null
  const key = rootPostId ? `thread:${rootPostId}` : `story:${post.storyId ?? post.id}`
  // a comment's title names its author ("Reactie van …"): the alert is titled by what was said
  const title = scoredText(post).split('\n')[0]!.slice(0, 140)
  return {
    kind: rootPostId ? 'thread' : 'post',
    dedupeKey: key,
    postId: post.id,
    threadPostId: rootPostId,
    level: s.level,
    categories: s.categories.map((c) => c.id),
    title,
    strategyId: s.categories[0]?.id ?? null
  }
}

/** A derailing thread escalates as hoog (kritiek past 85) under the thread's own alert. */
export function alertForThread(
  root: Post,
  d: ThreadDerailing,
  categories: AlertUpsert['categories']
): AlertUpsert | null {
  if (!d.derailing) return null
  return {
    kind: 'thread',
    dedupeKey: `thread:${root.id}`,
    postId: root.id,
    threadPostId: root.id,
    level: d.index >= 85 ? 'kritiek' : 'hoog',
    categories,
    title: `Discussie ontspoort: ${(root.title || root.text).slice(0, 120)}`,
    strategyId: 'derailing',
    derailing: true
  }
}

/** A spike opens its own alert (one per kind and confirming hour): negative share hoog, volume middel. */
export function alertForSpike(s: Spike): AlertUpsert {
  const what =
    s.kind === 'volume'
      ? `Piek in vermeldingen: ${s.value} berichten in een uur (normaal ${s.baseline})`
      : `Piek in negatieve berichten: ${Math.round(s.value * 100)}% negatief (normaal ${Math.round(s.baseline * 100)}%)`
  return {
    kind: 'spike',
    dedupeKey: `spike:${s.kind}:${s.hourStart}`,
    postId: null,
    threadPostId: null,
    level: s.kind === 'negative' ? 'hoog' : 'middel',
    categories: [],
    title: what,
    strategyId: 'spike'
  }
}

/** Per-category thresholds: from which level a case goes to the leidinggevende, and from which to the officer. */
export interface RoutingRule {
  escalateAt: RiskLevel
  officerAt: RiskLevel
}

export const DEFAULT_ROUTING: RoutingRule = { escalateAt: 'hoog', officerAt: 'middel' }

/**
 * The route of an alert: derailing always escalates (§3.2: "direct contact opnemen met zijn/haar leidinggevende");
 * otherwise the strictest category rule decides (a threat may escalate from middel when configured so).
 */
export function tierFor(
  a: { level: RiskLevel; categories: CategoryId[]; derailing: boolean },
  routing: Partial<Record<CategoryId, Partial<RoutingRule>>>
): AlertTier {
  if (a.derailing) return 'escalate'
  const rules = (a.categories.length ? a.categories : [null]).map((c) => ({
    ...DEFAULT_ROUTING,
    ...(c ? routing[c] : undefined)
  }))
  const r = levelRank(a.level)
  if (rules.some((x) => r >= levelRank(x.escalateAt))) return 'escalate'
  if (rules.some((x) => r >= levelRank(x.officerAt))) return 'officer'
  return 'digest'
}
