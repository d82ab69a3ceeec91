// Stand-in for the 'server-only' guard in Vitest: tests run in Node, as the server does.
export {};
