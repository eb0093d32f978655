// What a chain id looks like (the dataset's ids, and any id that crosses a message or a URL): lowercase letters, digits
// and hyphens, at most 64 characters.
export const CHAIN_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
