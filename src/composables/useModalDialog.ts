import { nextTick, useTemplateRef, watch } from 'vue'

/**
 * Drives the component's native <dialog ref="dlg"> from an `open` prop: showModal() when it turns true (focus trap,
 * Esc and backdrop come from the browser), close() when it turns false.
 */
export function useModalDialog(open: () => boolean, refName = 'dlg'): void {
  const dlg = useTemplateRef<HTMLDialogElement>(refName)
  watch(open, async (o) => {
    await nextTick()
    if (o && !dlg.value?.open) dlg.value?.showModal()
    if (!o && dlg.value?.open) dlg.value.close()
  })
}
