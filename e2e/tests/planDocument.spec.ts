import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import JSZip from 'jszip'
import { createWorkshop, expect, openConsole, test } from '../fixtures/test.ts'

/**
 * Planners write the plan together: two of them, invited by the facilitator, type into the same
 * section at once and each sees the other's text and caret; a saved version comes back on
 * restore without losing what was newer; the DOCX downloaded from the plan screen holds both
 * planners' text.
 */

async function invitePlanner(facilitator: Page): Promise<string> {
  await openConsole(facilitator, 'People')
  await facilitator.getByText('Invite into a role').click()
  await facilitator.getByLabel('Role', { exact: true }).selectOption('planner')
  await facilitator.getByRole('button', { name: 'Create invite link' }).click()
  const link = await facilitator.getByLabel('Invite link for Planner').inputValue()
  expect(link).toContain('/join?invite=')
  return new URL(link).pathname + new URL(link).search
}

async function joinAsPlanner(page: Page, invitePath: string, name: string) {
  await page.goto(invitePath)
  await expect(page.getByText('You are invited as Planner.')).toBeVisible()
  await page.getByLabel('Display name').fill(name)
  await page.getByRole('button', { name: 'Join' }).click()
  await page.getByRole('link', { name: 'Plan' }).click()
  await expect(planText(page)).toContainText('A-3')
}

function planText(page: Page) {
  return page.getByRole('textbox', { name: 'Plan document' })
}

/** Puts the caret on a new line right under the heading of section A-3. */
async function newLineUnderA3(page: Page) {
  await planText(page).getByRole('heading', { name: /A-3/ }).click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
}

test('two planners write one section together, restore a version and export it', async ({
  openPage,
}) => {
  const facilitator = await openPage({ acceptDownloads: true })
  await createWorkshop(facilitator, 'Planners sprint in Umeå', 'Umeå')
  const invitePath = await invitePlanner(facilitator)

  const per = await openPage({ acceptDownloads: true })
  const bea = await openPage({ acceptDownloads: true })
  await joinAsPlanner(per, invitePath, 'Per')
  await joinAsPlanner(bea, invitePath, 'Bea')

  const perText = 'Per: the district heating grid still burns peat in winter.'
  const beaText = 'Bea: commuters lack a fast bus line from the north.'
  // Each opens a line of their own, one after the other: two new lines at the very same spot
  // at the very same moment is a race of the test, not of the product. Then both type at once.
  await newLineUnderA3(per)
  await per.keyboard.type(perText.slice(0, 4))
  await expect(planText(bea)).toContainText(perText.slice(0, 4))
  await newLineUnderA3(bea)
  await Promise.all([
    per.keyboard.type(perText.slice(4), { delay: 15 }),
    bea.keyboard.type(beaText, { delay: 15 }),
  ])

  for (const page of [per, bea]) {
    await expect(planText(page)).toContainText(perText)
    await expect(planText(page)).toContainText(beaText)
  }
  await expect(per.locator('.collaboration-carets__label', { hasText: 'Bea' })).toBeVisible()
  await expect(bea.locator('.collaboration-carets__label', { hasText: 'Per' })).toBeVisible()

  const versionName = 'Draft for council 3 March'
  await per.getByLabel('Version name').fill(versionName)
  await per.getByRole('button', { name: 'Save version' }).click()
  const saved = per.getByRole('listitem').filter({ hasText: versionName })
  await expect(saved).toBeVisible()

  const lateText = 'A late sentence written after the draft.'
  await newLineUnderA3(bea)
  await bea.keyboard.type(lateText, { delay: 15 })
  await expect(planText(per)).toContainText(lateText)

  await saved.getByRole('button', { name: 'Restore' }).click()
  await per.getByRole('dialog').getByRole('button', { name: 'Restore' }).click()
  for (const page of [per, bea]) {
    await expect(planText(page)).not.toContainText(lateText)
    await expect(planText(page)).toContainText(beaText)
  }
  // nothing newer is lost: the state before the restore is a version of its own
  await expect(per.getByRole('listitem').filter({ hasText: 'Before restoring' })).toBeVisible()

  const [download] = await Promise.all([
    per.waitForEvent('download'),
    per.getByRole('button', { name: 'Download DOCX' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^umea-climate-plan-\d{4}-\d{2}-\d{2}\.docx$/)
  const zip = await JSZip.loadAsync(await readFile(await download.path()))
  const documentXml = await zip.file('word/document.xml')!.async('string')
  expect(documentXml).toContain(perText)
  expect(documentXml).toContain(beaText)
  expect(documentXml).not.toContain(lateText)
})
