/** The app itself, started by main.tsx once zod is configured. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { initI18n } from '../i18n/i18n.ts'
import { App } from './App.tsx'
import './styles.css'
import './plan.css'
import './present.css'
import './phases.css'
import './voting.css'
import './moderation.css'
import './board.css'
import './console.css'

initI18n()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
