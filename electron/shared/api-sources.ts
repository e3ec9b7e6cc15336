/** API methods for source management beyond the basics (presets, preview, OPML). Owned by electron/core/feeds. */

export const SOURCES_INPUTS = {} as const

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SourcesResults {}
