import type { LanguagePack } from '../../languagePack.ts'
import { vocabulary } from './vocabulary.ts'
import { workshopTexts } from './workshop.ts'

export const fr: LanguagePack = {
  name: 'Français',
  locale: 'fr-FR',
  vocabulary,
  workshop: workshopTexts,
  exports: async () => (await import('./exports.ts')).exportTexts,
  screens: async () => {
    const [main, voting, moderation] = await Promise.all([
      import('./screens.json'),
      import('./voting.json'),
      import('./moderation.json'),
    ])
    return { main: main.default, voting: voting.default, moderation: moderation.default }
  },
  workspaceScreens: async () => (await import('./workspace.json')).default,
  publicationScreens: async () => (await import('./publication.json')).default,
}
