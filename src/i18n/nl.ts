/** Dutch: the source language of every user-visible text. */
export const nl = {
  app: { name: 'Uitkijk', tagline: 'Reputatiemonitoring voor Almere College', skip: 'Naar de inhoud' },
  nav: {
    overview: 'Overzicht',
    posts: 'Berichten',
    alerts: 'Meldingen',
    threads: 'Discussies',
    sources: 'Bronnen',
    reports: 'Rapportage',
    settings: 'Instellingen',
    main: 'Hoofdmenu'
  },
  live: { connected: 'Live', demo: 'Demo' },
  kpi: {
    postsToday: 'Berichten vandaag',
    postsWeek: 'Berichten deze week',
    negativeShare: 'Aandeel negatief vandaag',
    openAlerts: 'Open meldingen',
    derailing: 'Ontsporende discussies'
  },
  stream: { title: 'Live binnenkomende berichten', empty: 'Nog geen berichten. Voeg een bron toe of wacht op de volgende ophaalronde.', more: 'Meer laden' },
  level: { geen: 'geen', laag: 'laag', middel: 'middel', hoog: 'hoog', kritiek: 'kritiek', unscored: 'nog niet gescoord' },
  category: {
    threat: 'bedreiging',
    bullying: 'pesten / kwetsen',
    harassment: 'stalken',
    defamation: 'zwartmaken',
    personal_info: 'persoonlijke informatie',
    media_without_consent: 'beeld zonder toestemming',
    staff_conduct: 'gedrag medewerker',
    negative_press: 'negatieve berichtgeving'
  },
  post: { risk: 'Risico {risk}', comment: 'reactie', openLink: 'Open origineel', by: 'door {author}', evidence: 'Signalen' },
  sources: {
    title: 'Bronnen',
    name: 'Naam',
    url: 'Feed-adres',
    kind: 'Soort',
    own: 'Eigen account',
    mention: 'Vermelding',
    lastSuccess: 'Laatst gelukt',
    nextPoll: 'Volgende keer',
    items: 'Items',
    never: 'nog niet',
    ok: 'in orde',
    add: 'Bron toevoegen',
    pollNow: 'Probeer nu',
    remove: 'Verwijderen',
    pause: 'Pauzeren',
    resume: 'Hervatten',
    paused: 'gepauzeerd',
    empty: 'Nog geen bronnen.'
  },
  common: { loading: 'Laden…', error: 'Er ging iets mis: {message}', save: 'Opslaan', cancel: 'Annuleren', language: 'Taal' }
}

export type Messages = typeof nl
