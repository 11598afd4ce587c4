import type { WorkshopTexts } from '../../languagePack.ts'

/** What a new workshop in Swedish is seeded with, and what the server writes into it in Swedish. */
export const workshopTexts: WorkshopTexts = {
  phaseTitles: {
    welcome: 'Välkommen',
    propose: 'Förslag',
    discuss: 'Diskussion',
    vote: 'Omröstning',
    results: 'Resultat',
    refine: 'Bearbetning',
    commit: 'Åtaganden',
    consolidate: 'Sammanställning',
    prioritise: 'Prioritering',
    draft: 'Utkast',
    custom: 'Ny fas',
  },
  planSections: {
    A: { title: 'Del A – Nuläge', prompt: '' },
    'A-1': {
      title: 'A-1 Utsläppsinventering för basåret',
      prompt: 'Tabellen och diagrammet hämtas från planens siffror; kommentera dem här.',
    },
    'A-2': {
      title: 'A-2 Nuvarande politik och styrdokument',
      prompt: 'Vilka planer, strategier och regler styr redan kommunens utsläpp?',
    },
    'A-2.3': {
      title: 'A-2.3 Utsläppsgap',
      prompt: 'Hur långt från målet lämnar dagens politik kommunen, och varför?',
    },
    'A-3': {
      title: 'A-3 Hinder och möjligheter',
      prompt: 'Vad står i vägen för klimatneutralitet, och vad kan påskynda den?',
    },
    B: { title: 'Del B – Omställningsvägar', prompt: '' },
    'B-1': {
      title: 'B-1 Effektkedjor',
      prompt: 'Hur samverkar åtgärderna över insatsområden och systemiska hävstänger?',
    },
    'B-2.1': {
      title: 'B-2.1 Åtgärdsportfölj',
      prompt: 'Portföljtabellen visar åtgärderna i planen; motivera urvalet här.',
    },
    'B-2.2': {
      title: 'B-2.2 Åtgärdsbeskrivningar',
      prompt: 'En beskrivning per åtgärd i planen läggs till från tavlan vid export.',
    },
    'B-2.3': {
      title: 'B-2.3 Strategi för kvarvarande utsläpp',
      prompt: 'Hur ska de utsläpp som återstår målåret kompenseras eller tas bort?',
    },
    C: { title: 'Del C – Förutsättningar', prompt: '' },
    'C-1': {
      title: 'C-1 Styrning',
      prompt: 'Vem beslutar, vem samordnar och hur följs arbetet upp?',
    },
    'C-2': {
      title: 'C-2 Social innovation',
      prompt: 'Hur involveras invånare, företag och organisationer i omställningen?',
    },
    'C-3.1': {
      title: 'C-3.1 Finansiering',
      prompt: 'Hur finansieras åtgärderna: kommunens budget, bidrag, privat kapital?',
    },
    commitments: {
      title: 'Åtaganden',
      prompt: 'Undertecknarna och deras åtaganden läggs till från liggaren vid export.',
    },
    annex: {
      title: 'Bilaga',
      prompt: 'Alla förslag från workshopparna, med sina röster, läggs till vid export.',
    },
  },
  workspacePlanTitle: (workspace) => `${workspace}: klimatplanen`,
  facilitatorName: 'Processledare',
  formerParticipant: (n) => `Tidigare deltagare ${n}`,
  participantPseudonym: (n) => `Deltagare ${n}`,
  adaptedFrom: (origin, year) => `Anpassad från ${origin}, ${year}.`,
  versionNames: {
    beforeRestore: 'Före återställning av ”{{name}}”',
    restored: 'Återställd ”{{name}}”',
  },
}
