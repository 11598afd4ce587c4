/** The staff pages' paths, apart from the pages, so the router names them without loading them. */
export const SIGN_IN_PATH = '/signin'
export const WORKSPACE_PATH = '/workspace'
export const SET_PASSWORD_PATH = '/account/set-password'
