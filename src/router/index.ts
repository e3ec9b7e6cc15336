import { createRouter, createWebHashHistory } from 'vue-router'

/** Hash history: works the same from file:// in Electron and from the headless host. */
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'overview', component: () => import('../views/OverviewView.vue') },
    { path: '/berichten', name: 'posts', component: () => import('../views/PostsView.vue') },
    { path: '/berichten/:id(\\d+)', name: 'post', component: () => import('../views/ThreadView.vue') },
    { path: '/meldingen', name: 'alerts', component: () => import('../views/AlertsView.vue') },
    { path: '/meldingen/:id(\\d+)', name: 'alert', component: () => import('../views/AlertCaseView.vue') },
    { path: '/discussies', name: 'threads', component: () => import('../views/ThreadsView.vue') },
    { path: '/discussies/:id(\\d+)', name: 'thread', component: () => import('../views/ThreadView.vue') },
    { path: '/bronnen', name: 'sources', component: () => import('../views/SourcesView.vue') },
    { path: '/rapportage', name: 'reports', component: () => import('../views/ReportsView.vue') },
    { path: '/instellingen', name: 'settings', component: () => import('../views/SettingsView.vue') },
    { path: '/:rest(.*)*', redirect: '/' }
  ]
})
