import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { initI18n } from './i18n/i18n.ts'
import './app/styles.css'
import './app/plan.css'
import './app/present.css'
import './app/phases.css'
import './app/voting.css'
import './app/moderation.css'

initI18n()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
