// The bench's workers import the provider through this file: resolved from here, its ESM build
// imports the repository's yjs (a peer), the same copy the workers' docs are made of.
export { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
