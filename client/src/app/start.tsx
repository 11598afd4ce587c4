/** The app itself, started by main.tsx once zod is configured. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { startJoinReads } from '../features/join/startJoinReads.ts'
import { initI18n } from '../i18n/i18n.ts'
import { App } from './App.tsx'
import { initialLanguage } from './initialLanguage.ts'
import './styles.css'
import './plan.css'
import './present.css'
import './phases.css'
import './voting.css'
import './moderation.css'
import './privacy.css'
import './publication.css'
import './board.css'
import './console.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
startJoinReads(location.pathname, location.search)
// The first screen waits for its texts (one small file), so it never shows another language.
void initI18n(initialLanguage(location.pathname)).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
)
