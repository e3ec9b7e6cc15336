import { createI18n } from 'vue-i18n'
import { nl } from './nl'
import { en } from './en'

const LANG_KEY = 'uitkijk.lang'

/** vue-i18n with Dutch as the source and default language, English available; the choice is remembered. */
export const i18n = createI18n({
  legacy: false,
  locale: localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'nl',
  fallbackLocale: 'nl',
  messages: { nl, en }
})

export function setLanguage(lang: 'nl' | 'en'): void {
  i18n.global.locale.value = lang
  localStorage.setItem(LANG_KEY, lang)
  document.documentElement.lang = lang
}
