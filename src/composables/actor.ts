import { ref } from 'vue'

const KEY = 'uitkijk.actor'

/**
 * Who the officer is, for the audit log ("wie deed wat wanneer"). Remembered on this device; the engine records
 * it with every case action.
 */
export const actorName = ref<string>(localStorage.getItem(KEY) ?? '')

export function setActor(name: string): void {
  actorName.value = name.trim()
  localStorage.setItem(KEY, actorName.value)
}

/** The actor to send: the name given, or a neutral role when none was set. */
export function currentActor(): string {
  return actorName.value.trim() || 'communicatiemedewerker'
}
