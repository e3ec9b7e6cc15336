import { createRouter, createWebHashHistory } from 'vue-router'

/** Hash history: works the same from file:// in Electron and from the headless host. */
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'overview', component: () => import('../views/OverviewView.vue') },
    { path: '/bronnen', name: 'sources', component: () => import('../views/SourcesView.vue') }
  ]
})
