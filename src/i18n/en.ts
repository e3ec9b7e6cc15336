import type { Messages } from './nl'

export const en: Messages = {
  app: { name: 'Uitkijk', tagline: 'Reputation monitoring for Almere College', skip: 'Skip to content' },
  nav: {
    overview: 'Overview',
    posts: 'Posts',
    alerts: 'Alerts',
    threads: 'Threads',
    sources: 'Sources',
    reports: 'Reports',
    settings: 'Settings',
    main: 'Main menu'
  },
  live: { connected: 'Live', demo: 'Demo' },
  kpi: {
    postsToday: 'Posts today',
    postsWeek: 'Posts this week',
    negativeShare: 'Negative share today',
    openAlerts: 'Open alerts',
    derailing: 'Derailing threads'
  },
  stream: { title: 'Live incoming posts', empty: 'No posts yet. Add a source or wait for the next poll.', more: 'Load more' },
  level: { geen: 'none', laag: 'low', middel: 'medium', hoog: 'high', kritiek: 'critical', unscored: 'not scored yet' },
  category: {
    threat: 'threat',
    bullying: 'bullying / hurting',
    harassment: 'stalking',
    defamation: 'defamation',
    personal_info: 'personal information',
    media_without_consent: 'media without consent',
    staff_conduct: 'staff conduct',
    negative_press: 'negative press'
  },
  post: { risk: 'Risk {risk}', comment: 'comment', openLink: 'Open original', by: 'by {author}', evidence: 'Signals' },
  sources: {
    title: 'Sources',
    name: 'Name',
    url: 'Feed URL',
    kind: 'Kind',
    own: 'Own account',
    mention: 'Mention',
    lastSuccess: 'Last success',
    nextPoll: 'Next poll',
    items: 'Items',
    never: 'not yet',
    ok: 'healthy',
    add: 'Add source',
    pollNow: 'Try now',
    remove: 'Remove',
    pause: 'Pause',
    resume: 'Resume',
    paused: 'paused',
    empty: 'No sources yet.'
  },
  common: { loading: 'Loading…', error: 'Something went wrong: {message}', save: 'Save', cancel: 'Cancel', language: 'Language' }
}
