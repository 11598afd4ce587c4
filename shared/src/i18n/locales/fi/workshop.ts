import type { WorkshopTexts } from '../../languagePack.ts'

/** What a new workshop in Finnish is seeded with, and what the server writes into it in Finnish. */
export const workshopTexts: WorkshopTexts = {
  phaseTitles: {
    welcome: 'Tervetuloa',
    propose: 'Ehdotukset',
    discuss: 'Keskustelu',
    vote: 'Äänestys',
    results: 'Tulokset',
    refine: 'Tarkentaminen',
    commit: 'Sitoumukset',
    consolidate: 'Kokoaminen',
    prioritise: 'Priorisointi',
    draft: 'Luonnos',
    custom: 'Uusi vaihe',
  },
  planSections: {
    A: { title: 'Osa A – Nykytila', prompt: '' },
    'A-1': {
      title: 'A-1 Perusvuoden päästöinventaario',
      prompt: 'Taulukko ja kaavio tulevat suunnitelman luvuista; kommentoi niitä tässä.',
    },
    'A-2': {
      title: 'A-2 Nykyiset politiikat ja ohjelmat',
      prompt: 'Mitkä suunnitelmat, strategiat ja säännöt ohjaavat jo kaupungin päästöjä?',
    },
    'A-2.3': {
      title: 'A-2.3 Päästökuilu',
      prompt: 'Kuinka kauas tavoitteesta nykyiset toimet jättävät kaupungin, ja miksi?',
    },
    'A-3': {
      title: 'A-3 Esteet ja mahdollisuudet',
      prompt: 'Mikä on ilmastoneutraaliuden esteenä, ja mikä voisi nopeuttaa sitä?',
    },
    B: { title: 'Osa B – Muutospolut', prompt: '' },
    'B-1': {
      title: 'B-1 Vaikutuspolut',
      prompt:
        'Miten toimenpiteet toimivat yhdessä eri toiminta-alueilla ja systeemisten vipujen kautta?',
    },
    'B-2.1': {
      title: 'B-2.1 Toimenpidesalkku',
      prompt: 'Salkkutaulukko luettelee suunnitelman toimenpiteet; perustele valinta tässä.',
    },
    'B-2.2': {
      title: 'B-2.2 Toimenpidekuvaukset',
      prompt: 'Jokaisesta suunnitelman toimenpiteestä lisätään kuvaus taululta vientiin.',
    },
    'B-2.3': {
      title: 'B-2.3 Jäännöspäästöjen strategia',
      prompt: 'Miten tavoitevuonna jäljelle jäävät päästöt kompensoidaan tai poistetaan?',
    },
    C: { title: 'Osa C – Edellytykset', prompt: '' },
    'C-1': {
      title: 'C-1 Hallinto ja ohjaus',
      prompt: 'Kuka päättää, kuka koordinoi ja miten edistymistä seurataan?',
    },
    'C-2': {
      title: 'C-2 Sosiaaliset innovaatiot',
      prompt: 'Miten asukkaat, yritykset ja järjestöt otetaan mukaan muutokseen?',
    },
    'C-3.1': {
      title: 'C-3.1 Rahoitus',
      prompt:
        'Miten toimenpiteet rahoitetaan: kaupungin talousarvio, avustukset, yksityinen pääoma?',
    },
    commitments: {
      title: 'Sitoumukset',
      prompt: 'Allekirjoittajat ja heidän sitoumuksensa lisätään rekisteristä vientiin.',
    },
    annex: {
      title: 'Liite',
      prompt: 'Kaikki työpajojen ehdotukset ääniensä kanssa lisätään vientiin.',
    },
  },
  workspacePlanTitle: (workspace) => `${workspace}: ilmastosuunnitelma`,
  facilitatorName: 'Fasilitaattori',
  formerParticipant: (n) => `Entinen osallistuja ${n}`,
  participantPseudonym: (n) => `Osallistuja ${n}`,
  adaptedFrom: (origin, year) => `Mukailtu lähteestä: ${origin}, ${year}.`,
  versionNames: {
    beforeRestore: 'Ennen version ”{{name}}” palauttamista',
    restored: 'Palautettu versio ”{{name}}”',
  },
}
