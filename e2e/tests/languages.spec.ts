import type { CreateWorkshopResponse } from '@pactboard/shared'
import { expect, PHONE, test } from '../fixtures/test.ts'

/**
 * Each person's screen speaks that person's language among the workshop's, and `<html lang>`
 * always names the language of the text shown (issue 9: a Swedish phone in an English workshop
 * read English under lang="sv").
 */

async function createWorkshop(url: string, body: object): Promise<CreateWorkshopResponse> {
  const response = await fetch(`${url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(response.status).toBe(201)
  return (await response.json()) as CreateWorkshopResponse
}

test('a Finnish phone joins a Finnish–Swedish workshop in Finnish, switches to Swedish and keeps it', async ({
  app,
  openPage,
}) => {
  const { joinCode } = await createWorkshop(app.url, {
    title: 'Ilmastoilta Espoossa',
    city: 'Espoo',
    language: 'fi',
    settings: { secondLanguage: 'sv' },
  })

  const phone = await openPage({ ...PHONE, locale: 'fi-FI' })
  const html = phone.locator('html')
  await phone.goto(`/join/${joinCode}`)
  await expect(phone.getByRole('heading', { level: 1, name: 'Liity työpajaan' })).toBeVisible()
  await expect(html).toHaveAttribute('lang', 'fi')
  await phone.getByLabel('Näyttönimi').fill('Aino')
  await phone.getByRole('button', { name: 'Liity', exact: true }).click()
  await phone.waitForURL(/\/w\//)
  await expect(phone.getByRole('button', { name: 'Lisää toimenpide' })).toBeVisible()
  await expect(phone.getByRole('status')).toHaveText('Yhteydessä')
  await expect(html).toHaveAttribute('lang', 'fi')

  // the workshop offers Finnish and Swedish, each named in itself
  const switcher = phone.getByLabel('Kieli')
  await expect(switcher.locator('option')).toHaveText(['Suomi', 'Svenska'])
  await switcher.selectOption('sv')
  await expect(phone.getByRole('button', { name: 'Lägg till åtgärd' })).toBeVisible()
  await expect(html).toHaveAttribute('lang', 'sv')

  await phone.reload()
  await expect(phone.getByRole('button', { name: 'Lägg till åtgärd' })).toBeVisible()
  await expect(html).toHaveAttribute('lang', 'sv')
  await expect(phone.getByLabel('Språk')).toHaveValue('sv')
})

test('a French phone reads an English workshop in English, with lang="en"', async ({
  app,
  openPage,
}) => {
  const { joinCode } = await createWorkshop(app.url, {
    title: 'Climate evening',
    city: 'Lund',
    language: 'en',
  })

  const phone = await openPage({ ...PHONE, locale: 'fr-FR' })
  const html = phone.locator('html')
  await phone.goto('/join')
  await expect(phone.getByRole('heading', { level: 1, name: 'Rejoindre un atelier' })).toBeVisible()
  await expect(html).toHaveAttribute('lang', 'fr')

  // once the code is complete, the join screen speaks the workshop's language
  await phone.getByLabel('Code de l’atelier').fill(joinCode)
  await expect(phone.getByRole('heading', { level: 1, name: 'Join a workshop' })).toBeVisible()
  await expect(html).toHaveAttribute('lang', 'en')
  await phone.getByLabel('Display name').fill('Camille')
  await phone.getByRole('button', { name: 'Join', exact: true }).click()
  await phone.waitForURL(/\/w\//)
  await expect(phone.getByRole('button', { name: 'Add measure' })).toBeVisible()
  await expect(html).toHaveAttribute('lang', 'en')
  // English is all this workshop offers: nothing to switch to
  await expect(phone.getByLabel('Language')).toHaveCount(0)

  // back on the start page the phone speaks French again
  await phone.goto('/')
  await expect(html).toHaveAttribute('lang', 'fr')
  await expect(phone.getByRole('heading', { level: 2, name: 'Créer un atelier' })).toBeVisible()
})
