/**
 * NLP benchmark: posts scored per second with every detector on (rules, learned layer, staff register,
 * feedback adjustments), model load time, and the cost against natural's bare Dutch SentimentAnalyzer.
 * Single-threaded, so one core. Prints one JSON object.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import SentimentAnalyzer from 'natural/lib/natural/sentiment/SentimentAnalyzer.js'
import AggressiveTokenizerNl from 'natural/lib/natural/tokenizers/aggressive_tokenizer_nl.js'
import stemmer from 'natural/lib/natural/stemmers/porter_stemmer_nl.js'
import {
  buildAdjustments,
  createScorer,
  loadModel,
  scoreThread
} from '../../electron/core/nlp/index.ts'
import { DEMO_STAFF } from '../../electron/core/nlp/training.ts'

const repoRoot = resolve(import.meta.dirname, '../..')
const texts: string[] = []
for (const f of [
  'data/nlp-school/train.jsonl',
  'data/nlp-school/heldout.jsonl',
  '../shared/data/nlp/mhc-nl-dev.jsonl'
]) {
  const p = resolve(repoRoot, f)
  if (!existsSync(p)) continue
  for (const line of readFileSync(p, 'utf8').split('\n'))
    if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text)
}
const N = 20_000
const inputs = Array.from({ length: N }, (_, i) => texts[i % texts.length])

const loads: number[] = []
for (let i = 0; i < 5; i++) {
  const t0 = performance.now()
  loadModel()
  loads.push(performance.now() - t0)
}
const model = loadModel()
const adjustments = buildAdjustments([
  {
    kind: 'false_alarm',
    category: 'bullying',
    correctCategory: null,
    source: 'fb',
    terms: ['sukkel']
  },
  { kind: 'missed', category: null, correctCategory: 'bullying', source: null, terms: ['snitch'] }
])
const scorer = createScorer({ model, adjustments, staff: DEMO_STAFF })

function rate(fn: (text: string, i: number) => unknown): number {
  for (let i = 0; i < 2000; i++) fn(inputs[i], i) // warm-up
  const t0 = performance.now()
  for (let i = 0; i < N; i++) fn(inputs[i], i)
  return N / ((performance.now() - t0) / 1000)
}

const scorerRate = rate((text, i) =>
  scorer.score({ text, media: i % 7 === 0, author: i % 11 === 0 ? '@mdeboer' : 'x', source: 'fb' })
)
const tokenizer = new AggressiveTokenizerNl()
const analyzer = new SentimentAnalyzer('Dutch', stemmer, 'pattern')
const naturalRate = rate((text) => analyzer.getSentiment(tokenizer.tokenize(text)))

// A 500-comment thread gets one more comment: the pipeline re-derives the index with the stored scores.
const thread = inputs
  .slice(0, 500)
  .map((text, i) => ({ author: `u${i % 40}`, minutes: i * 2, text }))
const storedScores = thread.map((c) => scorer.score({ text: c.text, author: c.author }))
const withNew: (ReturnType<typeof scorer.score> | null)[] = [...storedScores.slice(0, 499), null]
const threadTimes: number[] = []
for (let k = 0; k < 7; k++) {
  const t0 = performance.now()
  scoreThread(thread, scorer, withNew)
  threadTimes.push(performance.now() - t0)
}

console.log(
  JSON.stringify({
    texts_distinct: texts.length,
    thread_500_comments_update_ms: Math.round([...threadTimes].sort((a, b) => a - b)[3] * 10) / 10,
    posts_scored: N,
    scorer_posts_per_s: Math.round(scorerRate),
    natural_sentiment_posts_per_s: Math.round(naturalRate),
    cost_vs_natural_sentiment_x: Math.round((naturalRate / scorerRate) * 10) / 10,
    model_load_first_ms: Math.round(loads[0] * 10) / 10,
    model_load_median_ms: Math.round([...loads].sort((a, b) => a - b)[2] * 10) / 10,
    model_json_kb: Math.round(
      readFileSync(resolve(repoRoot, 'resources/nlp/model.json')).length / 1024
    )
  })
)
