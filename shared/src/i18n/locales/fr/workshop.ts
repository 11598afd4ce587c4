import type { WorkshopTexts } from '../../languagePack.ts'

/** What a new workshop in French is seeded with, and what the server writes into it in French. */
export const workshopTexts: WorkshopTexts = {
  phaseTitles: {
    welcome: 'Accueil',
    propose: 'Propositions',
    discuss: 'Discussion',
    vote: 'Vote',
    results: 'Résultats',
    refine: 'Approfondissement',
    commit: 'Engagements',
    consolidate: 'Consolidation',
    prioritise: 'Priorisation',
    draft: 'Rédaction',
    custom: 'Nouvelle phase',
  },
  planSections: {
    A: { title: 'Partie A – Situation actuelle', prompt: '' },
    'A-1': {
      title: 'A-1 Inventaire des émissions de l’année de référence',
      prompt: 'Le tableau et le graphique reprennent les chiffres du plan ; commentez-les ici.',
    },
    'A-2': {
      title: 'A-2 Politiques actuelles',
      prompt: 'Quels plans, stratégies et règles encadrent déjà les émissions de la ville ?',
    },
    'A-2.3': {
      title: 'A-2.3 Écart d’émissions',
      prompt:
        'À quelle distance de son objectif les politiques actuelles laissent-elles la ville, et pourquoi ?',
    },
    'A-3': {
      title: 'A-3 Obstacles et opportunités',
      prompt:
        'Qu’est-ce qui freine la neutralité climatique, et qu’est-ce qui pourrait l’accélérer ?',
    },
    B: { title: 'Partie B – Trajectoires', prompt: '' },
    'B-1': {
      title: 'B-1 Chemins d’impact',
      prompt:
        'Comment les mesures se combinent-elles entre domaines d’action et leviers systémiques ?',
    },
    'B-2.1': {
      title: 'B-2.1 Portefeuille',
      prompt: 'Le tableau du portefeuille liste les mesures du plan ; justifiez ce choix ici.',
    },
    'B-2.2': {
      title: 'B-2.2 Fiches actions',
      prompt: 'Une fiche par mesure du plan est ajoutée depuis le tableau lors de l’export.',
    },
    'B-2.3': {
      title: 'B-2.3 Stratégie pour les émissions résiduelles',
      prompt:
        'Comment les émissions restantes l’année cible seront-elles compensées ou éliminées ?',
    },
    C: { title: 'Partie C – Conditions de mise en œuvre', prompt: '' },
    'C-1': {
      title: 'C-1 Gouvernance',
      prompt: 'Qui décide, qui coordonne, et comment les progrès sont-ils suivis ?',
    },
    'C-2': {
      title: 'C-2 Innovation sociale',
      prompt:
        'Comment les habitants, les entreprises et les associations sont-ils associés à la transition ?',
    },
    'C-3.1': {
      title: 'C-3.1 Financement',
      prompt:
        'Comment les mesures sont-elles financées : budget de la ville, subventions, capitaux privés ?',
    },
    commitments: {
      title: 'Engagements',
      prompt:
        'Les signataires et leurs engagements sont ajoutés depuis le registre lors de l’export.',
    },
    annex: {
      title: 'Annexe',
      prompt:
        'Toutes les propositions des ateliers, avec leurs votes, sont ajoutées lors de l’export.',
    },
  },
  workspacePlanTitle: (workspace) => `${workspace} : le plan climat`,
  facilitatorName: 'Animateur',
  formerParticipant: (n) => `Ancien participant ${n}`,
  participantPseudonym: (n) => `Participant ${n}`,
  adaptedFrom: (origin, year) => `Adaptée de ${origin}, ${year}.`,
  versionNames: {
    beforeRestore: 'Avant la restauration de « {{name}} »',
    restored: 'Version « {{name}} » restaurée',
  },
}
