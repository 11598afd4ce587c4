import { initialLanguage } from '../app/initialLanguage.ts'
import { loadScreenTexts } from './loadScreenTexts.ts'

/**
 * Asks for the first screen's texts beside the app rather than after it has started: on a phone
 * on a slow network that is a round trip less before the first paint (the app's own request for
 * them then finds them loaded).
 */
void loadScreenTexts(initialLanguage(location.pathname)).catch(() => {})
