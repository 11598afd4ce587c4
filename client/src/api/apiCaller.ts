/**
 * Who calls the workshop's HTTP API: the workshop and this person's token. Every client of the
 * API that speaks for a person in a workshop takes this one shape.
 */
export interface ApiCaller {
  workshopId: string
  token: string
}
